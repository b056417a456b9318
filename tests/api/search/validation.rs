//! Bad search parameters are field-level 422s, odd ones are answered, and
//! nothing is a 500.

use reqwest::StatusCode;

use crate::helpers::{BA_VI, error_fields, spawn_app};

/// Query parameters of one search.
type Params<'a> = &'a [(&'a str, &'a str)];

#[tokio::test]
async fn bad_search_parameters_get_422_naming_the_field() {
    let app = spawn_app().await;
    let long = "a".repeat(201);
    let cases: &[(&str, Params, &str)] = &[
        ("courses", &[("per_page", "0")], "per_page"),
        ("courses", &[("per_page", "101")], "per_page"),
        ("courses", &[("per_page", "ten")], "per_page"),
        ("courses", &[("page", "0")], "page"),
        ("courses", &[("page", "-1")], "page"),
        ("courses", &[("page", "101"), ("per_page", "100")], "page"),
        (
            "courses",
            &[("page", "4294967295"), ("per_page", "100")],
            "page",
        ),
        ("courses", &[("radius_km", "5")], "radius_km"),
        (
            "courses",
            &[("commune", BA_VI), ("radius_km", "201")],
            "radius_km",
        ),
        (
            "courses",
            &[("commune", BA_VI), ("radius_km", "-1")],
            "radius_km",
        ),
        (
            "courses",
            &[("commune", BA_VI), ("radius_km", "NaN")],
            "radius_km",
        ),
        (
            "courses",
            &[("commune", BA_VI), ("radius_km", "inf")],
            "radius_km",
        ),
        (
            "courses",
            &[("commune", BA_VI), ("radius_km", "near")],
            "radius_km",
        ),
        ("courses", &[("commune", "99999")], "commune"),
        (
            "courses",
            &[("commune", "Ba Vì"), ("radius_km", "5")],
            "commune",
        ),
        ("courses", &[("level", "expert")], "level"),
        ("courses", &[("mode", "carrier_pigeon")], "mode"),
        ("courses", &[("max_fee", "-1")], "max_fee"),
        ("courses", &[("max_fee", "cheap")], "max_fee"),
        ("courses", &[("starts_after", "2027-13-01")], "starts_after"),
        ("courses", &[("q", &long)], "q"),
        (
            "demands",
            &[("employment_type", "forever")],
            "employment_type",
        ),
        ("demands", &[("min_wage", "-5")], "min_wage"),
        (
            "demands",
            &[("min_wage", "99999999999999999999")],
            "min_wage",
        ),
        ("demands", &[("commune", "00000")], "commune"),
        ("demands", &[("radius_km", "10")], "radius_km"),
        ("demands", &[("per_page", "1000")], "per_page"),
    ];
    for (what, params, field) in cases {
        let (status, body) = app.search_raw(what, params).await;
        assert_eq!(
            status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{what} {params:?}: {body}"
        );
        assert_eq!(body["code"], "validation_failed");
        assert!(
            error_fields(&body).contains(&field.to_string()),
            "{what} {params:?}: expected {field} in {body}"
        );
    }

    // Several problems at once are all reported.
    let (status, body) = app
        .search_raw(
            "courses",
            &[("per_page", "0"), ("commune", "99999"), ("max_fee", "-1")],
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let mut fields = error_fields(&body);
    fields.sort();
    assert_eq!(fields, ["commune", "max_fee", "per_page"]);

    for (path, field) in [
        ("/api/v1/skills/suggest?q=d&limit=0", "limit"),
        ("/api/v1/skills/suggest?q=d&limit=21", "limit"),
        ("/api/v1/occupations/suggest?q=d&limit=many", "limit"),
    ] {
        let (status, body) = app.get_json(path).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{path}: {body}");
        assert_eq!(error_fields(&body), [field], "{path}");
    }
}

#[tokio::test]
async fn odd_queries_are_answered_not_500() {
    let app = spawn_app().await;
    let odd = [
        "***",
        "\"",
        "a AND (b OR",
        "title:xe",
        "xe máy 🛵",
        "   ",
        "ᄀ ᅡ",
        "\u{301}\u{301}",
        "đđđđđđđđđđđđđđđđđđđđđđđđđđđđđđđđđđđđđđđđđđđđđđđđđđđđđđđđđđ",
        "a b c d e f g h i j k l m n o p q r s t u v w x y z",
        "%00",
        "\u{0}",
    ];
    for q in odd {
        for what in ["courses", "demands"] {
            let (status, body) = app.search_raw(what, &[("q", q)]).await;
            assert_eq!(status, StatusCode::OK, "{what} q={q:?}: {body}");
        }
        let (status, body) = app
            .client
            .get(app.url("/api/v1/skills/suggest"))
            .query(&[("q", q)])
            .send()
            .await
            .map(|r| r.status())
            .map(|s| (s, ()))
            .unwrap();
        assert_eq!(status, StatusCode::OK, "suggest q={q:?} {body:?}");
    }
    // Empty filters are ignored rather than matched literally.
    let (status, body) = app
        .search_raw("courses", &[("commune", ""), ("occupation", ""), ("q", "")])
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    // Unknown parameters are ignored, as on the list endpoints.
    let (status, _) = app.search_raw("demands", &[("colour", "blue")]).await;
    assert_eq!(status, StatusCode::OK);
}
