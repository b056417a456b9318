//! Headers every response carries: a Content-Security-Policy that allows
//! scripts only from this site (no inline script or event handlers), no
//! framing by other sites, no MIME sniffing and no full URL in `Referer`.

use actix_web::middleware::DefaultHeaders;

/// Inline `style` attributes stay allowed (templates and the map use them);
/// they cannot run code.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; \
     style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; \
     base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

pub fn default_headers() -> DefaultHeaders {
    DefaultHeaders::new()
        .add(("Content-Security-Policy", CONTENT_SECURITY_POLICY))
        .add(("X-Frame-Options", "DENY"))
        .add(("X-Content-Type-Options", "nosniff"))
        .add(("Referrer-Policy", "strict-origin-when-cross-origin"))
}
