//! Server-rendered pages for workers, employers and counsellors: Vietnamese
//! first with an English switch, usable without JavaScript, small enough for
//! a cheap phone on a slow connection.

use actix_web::web;

mod assets;
pub mod ctx;
mod forms;
mod map;
mod pages;
pub mod render;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(assets::css)
        .service(assets::js)
        .service(pages::home::home)
        .service(pages::auth::login_form)
        .service(pages::auth::login)
        .service(pages::auth::register_form)
        .service(pages::auth::register)
        .service(pages::auth::logout)
        .service(pages::password::change_form)
        .service(pages::password::change)
        .service(pages::password::forgot_form)
        .service(pages::password::forgot)
        .service(pages::password::forgot_sms)
        .service(pages::password::issue_code)
        .service(pages::search::course_search)
        .service(pages::search::job_search)
        .service(pages::catalogue::course)
        .service(pages::catalogue::job)
        .service(pages::catalogue::enrol)
        .service(pages::catalogue::move_class)
        .service(pages::catalogue::apply_for_job)
        .service(pages::applications::list)
        .service(pages::applications::confirm_withdraw)
        .service(pages::applications::withdraw)
        .service(pages::inbox::show)
        .service(pages::notifications::show)
        .service(pages::notifications::save)
        .service(pages::notifications::confirm_stop)
        .service(pages::notifications::stop)
        .service(pages::saved_searches::list)
        .service(pages::saved_searches::save)
        .service(pages::saved_searches::confirm_delete)
        .service(pages::saved_searches::delete)
        .service(pages::passport::show)
        .service(pages::passport::create_link)
        .service(pages::passport::confirm_revoke)
        .service(pages::passport::revoke)
        .service(pages::passport::shared)
        .service(pages::learning::learning)
        .service(pages::for_me::my_courses)
        .service(pages::for_me::my_jobs)
        .service(pages::admin::accounts)
        .service(pages::admin::confirm_switch)
        .service(pages::admin::switch)
        .service(pages::admin::skills)
        .service(pages::admin::decide)
        .service(pages::profile::show)
        .service(pages::profile::save)
        .service(pages::profile::confirm_delete)
        .service(pages::profile::delete_account)
        .service(pages::employer::dashboard)
        .service(pages::employer::create_organisation)
        .service(pages::employer::new_demand)
        .service(pages::employer::create_demand)
        .service(pages::employer::edit_demand)
        .service(pages::employer::update_demand)
        .service(pages::employer::copy_demand)
        .service(pages::employer::mark_filled)
        .service(pages::candidates::show)
        .service(pages::candidates::reveal)
        .service(pages::candidates::confirm_decision)
        .service(pages::candidates::decide)
        .service(pages::candidates::invite)
        .service(pages::candidates::undo)
        .service(pages::provider::dashboard)
        .service(pages::provider::create_organisation)
        .service(pages::provider::new_course)
        .service(pages::provider::create_course)
        .service(pages::provider::edit_course)
        .service(pages::provider::update_course)
        .service(pages::provider::new_intake)
        .service(pages::provider::create_intake)
        .service(pages::provider::edit_intake)
        .service(pages::provider::update_intake)
        .service(pages::provider::confirm_status)
        .service(pages::provider::set_status)
        .service(pages::provider::results)
        .service(pages::provider::calls)
        .service(pages::provider_learners::show)
        .service(pages::provider_learners::confirm_decision)
        .service(pages::provider_learners::decide)
        .service(pages::provider_learners::record_module)
        .service(pages::provider_learners::issue_certificate)
        .service(pages::provider_learners::record_outcome)
        .service(pages::counsellor::home)
        .service(pages::counsellor::register_form)
        .service(pages::counsellor::register)
        .service(pages::counsellor::worker)
        .service(pages::counsellor::add_note)
        .service(pages::counsellor::market)
        .service(pages::plan::set_goal)
        .service(pages::plan::add_step)
        .service(pages::plan::counsellor_done)
        .service(pages::plan::confirm_delete_step)
        .service(pages::plan::delete_step)
        .service(pages::plan::enrol)
        .service(pages::plan::apply)
        .service(pages::plan::sheet)
        .service(pages::plan::my_plan)
        .service(pages::plan::my_step_done)
        .service(pages::targets::targets)
        .service(pages::occupations::browse)
        .service(pages::occupations::occupation)
        .service(pages::discovery::checklist)
        .service(pages::discovery::found)
        .service(pages::discovery::save)
        .service(pages::explorer::questions)
        .service(pages::explorer::result);
}

/// Escape text for HTML outside templates (templates escape by themselves).
pub(crate) fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// Refuse a state-changing request whose `Origin` names another site or is
/// `null` (sandboxed frames, `data:` pages, some cross-site redirects): the
/// session cookie is SameSite=Lax, and this closes the gap for browsers that
/// send `Origin` on every POST. Requests without `Origin` (API clients) pass.
pub async fn same_origin_writes(
    req: actix_web::dev::ServiceRequest,
    next: actix_web::middleware::Next<impl actix_web::body::MessageBody + 'static>,
) -> Result<actix_web::dev::ServiceResponse<actix_web::body::BoxBody>, actix_web::Error> {
    use actix_web::http::Method;
    let unsafe_method = !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if unsafe_method
        && let Some(origin) = req
            .headers()
            .get(actix_web::http::header::ORIGIN)
            .and_then(|o| o.to_str().ok())
    {
        let host = req.connection_info().host().to_owned();
        let origin_host = origin.split("://").nth(1).unwrap_or(origin);
        if origin == "null" || origin_host != host {
            let error = crate::auth::policy::forbidden();
            return Ok(req.error_response(error).map_into_boxed_body());
        }
    }
    next.call(req).await.map(|res| res.map_into_boxed_body())
}
