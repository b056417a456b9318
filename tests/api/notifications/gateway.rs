//! A fake SMS/Zalo gateway on port 0: records every request, answers from a
//! script (then 200), and can hang. It runs until the test's runtime ends.

use std::collections::VecDeque;
use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use actix_web::{App, HttpRequest, HttpResponse, HttpServer, web};
use serde_json::Value;

#[derive(Debug, Clone, Copy)]
pub enum Reply {
    Status(u16),
    /// Never answer.
    Hang,
}

#[derive(Debug, Clone)]
pub struct Received {
    pub body: Value,
    pub authorization: Option<String>,
    pub key_header: Option<String>,
}

impl Received {
    pub fn key(&self) -> &str {
        self.body["idempotency_key"].as_str().unwrap()
    }

    pub fn text(&self) -> &str {
        self.body["text"].as_str().unwrap()
    }
}

#[derive(Default)]
struct State {
    script: Mutex<VecDeque<Reply>>,
    received: Mutex<Vec<Received>>,
}

pub struct Gateway {
    pub url: String,
    state: Arc<State>,
}

async fn receive(
    req: HttpRequest,
    body: web::Json<Value>,
    state: web::Data<State>,
) -> HttpResponse {
    let header = |name: &str| {
        req.headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    state.received.lock().unwrap().push(Received {
        body: body.into_inner(),
        authorization: header("authorization"),
        key_header: header("idempotency-key"),
    });
    let reply = state.script.lock().unwrap().pop_front();
    match reply {
        None => HttpResponse::Ok().json(serde_json::json!({"status": "queued"})),
        Some(Reply::Status(code)) => {
            HttpResponse::build(actix_web::http::StatusCode::from_u16(code).unwrap()).finish()
        }
        Some(Reply::Hang) => {
            tokio::time::sleep(Duration::from_secs(3600)).await;
            HttpResponse::Ok().finish()
        }
    }
}

impl Gateway {
    pub async fn start(script: &[Reply]) -> Self {
        let state = Arc::new(State::default());
        state.script.lock().unwrap().extend(script.iter().copied());
        let data = web::Data::from(state.clone());
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let server = HttpServer::new(move || {
            App::new()
                .app_data(data.clone())
                .route("/send", web::post().to(receive))
        })
        .workers(1)
        .listen(listener)
        .unwrap()
        .run();
        tokio::spawn(server);
        Self {
            url: format!("http://127.0.0.1:{port}/send"),
            state,
        }
    }

    pub fn received(&self) -> Vec<Received> {
        self.state.received.lock().unwrap().clone()
    }

    /// Wait (up to 30 s) until at least `n` requests arrived.
    pub async fn wait_for(&self, n: usize) -> Vec<Received> {
        let started = Instant::now();
        loop {
            let received = self.received();
            if received.len() >= n {
                return received;
            }
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "the gateway got {} of {n} requests: {received:#?}",
                received.len()
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}
