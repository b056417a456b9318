//! The labour market as CSV, one breakdown per file: UTF-8 with a
//! byte-order mark so Excel reads the Vietnamese correctly.

use hocnghe_domain::insights::{LabourMarket, MarketBreakdown};

use super::field;

/// The download name and the body of the CSV of one breakdown.
pub fn render(market: &LabourMarket, by: MarketBreakdown) -> (&'static str, String) {
    match by {
        MarketBreakdown::Skill => ("hocnghe-thi-truong-lao-dong.csv", by_skill(market)),
        MarketBreakdown::Occupation => (
            "hocnghe-thi-truong-lao-dong-theo-nghe.csv",
            by_occupation(market),
        ),
        MarketBreakdown::Commune => (
            "hocnghe-thi-truong-lao-dong-theo-xa.csv",
            by_commune(market),
        ),
    }
}

fn by_skill(market: &LabourMarket) -> String {
    let mut out = header(
        "ma_ky_nang,ky_nang,nhu_cau_vi_tri,nguoi_co_ky_nang,nguoi_dang_hoc,nguon_cung,thieu_hut",
    );
    for s in &market.by_skill {
        line(
            &mut out,
            &s.skill_code,
            &s.label_vi,
            [
                s.demand_positions,
                s.workers_holding,
                s.workers_in_training,
                s.supply,
                s.shortage,
            ],
        );
    }
    out
}

fn by_occupation(market: &LabourMarket) -> String {
    let mut out =
        header("ma_nghe,nghe,nhu_cau_vi_tri,nguoi_quan_tam,nguoi_dang_hoc,nguon_cung,thieu_hut");
    for o in &market.by_occupation {
        line(
            &mut out,
            &o.occupation_code,
            &o.name_vi,
            [
                o.demand_positions,
                o.workers_interested,
                o.workers_in_training,
                o.supply,
                o.shortage,
            ],
        );
    }
    out
}

fn by_commune(market: &LabourMarket) -> String {
    let mut out = header(
        "ma_xa,xa_phuong,nhu_cau_vi_tri,nguoi_co_ky_nang,nguoi_dang_hoc,nguon_cung,thieu_hut",
    );
    for c in &market.by_commune {
        line(
            &mut out,
            &c.commune_code,
            &c.commune_name,
            [
                c.demand_positions,
                c.workers_holding,
                c.workers_in_training,
                c.supply,
                c.shortage,
            ],
        );
    }
    out
}

fn header(columns: &str) -> String {
    format!("\u{feff}{columns}\r\n")
}

fn line(out: &mut String, code: &str, name: &str, figures: [i64; 5]) {
    let mut cells = vec![field(code), field(name)];
    cells.extend(figures.iter().map(i64::to_string));
    out.push_str(&cells.join(","));
    out.push_str("\r\n");
}
