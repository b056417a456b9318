//! JSON bodies gzipped on the thread that computed them.
//!
//! actix-web's `Compress` middleware hands every body over 1 KiB to the
//! blocking pool to be compressed: a second thread hop per response. On the
//! search endpoints (bodies of ~9 KiB, compressed to ~1.3 KiB) that cost a
//! third of the throughput whenever the client asked for compression, which
//! every browser does. Search results are already computed on a search
//! thread (`search_pool.rs`), so they are serialised and gzipped there;
//! `Compress` leaves a body that has a `Content-Encoding` alone.

use std::io::Write;

use actix_web::http::header::{self, AcceptEncoding, ContentEncoding, Encoding, Header};
use actix_web::{HttpRequest, HttpResponse};
use flate2::Compression;
use flate2::write::GzEncoder;
use serde::Serialize;

/// How the client wants the body: gzip if it accepts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct BodyEncoding {
    gzip: bool,
}

impl BodyEncoding {
    pub(crate) fn of(req: &HttpRequest) -> BodyEncoding {
        let supported = [Encoding::Known(ContentEncoding::Gzip), Encoding::identity()];
        let chosen = AcceptEncoding::parse(req)
            .ok()
            .and_then(|accepted| accepted.negotiate(supported.iter()));
        BodyEncoding {
            gzip: chosen == Some(Encoding::Known(ContentEncoding::Gzip)),
        }
    }
}

/// A serialised JSON body, gzipped when the client accepts it.
pub(crate) struct EncodedJson {
    bytes: Vec<u8>,
    gzip: bool,
}

impl EncodedJson {
    pub(crate) fn new<T: Serialize>(value: &T, encoding: BodyEncoding) -> std::io::Result<Self> {
        let json = serde_json::to_vec(value)?;
        if !encoding.gzip {
            return Ok(EncodedJson {
                bytes: json,
                gzip: false,
            });
        }
        // The level `Compress` uses for gzip.
        let mut encoder = GzEncoder::new(Vec::with_capacity(json.len() / 4), Compression::fast());
        encoder.write_all(&json)?;
        Ok(EncodedJson {
            bytes: encoder.finish()?,
            gzip: true,
        })
    }

    pub(crate) fn into_response(self) -> HttpResponse {
        let mut response = HttpResponse::Ok();
        response.content_type("application/json");
        // Caches must not serve one client's encoding to another.
        response.insert_header((header::VARY, "accept-encoding"));
        if self.gzip {
            response.insert_header((header::CONTENT_ENCODING, "gzip"));
        }
        response.body(self.bytes)
    }
}
