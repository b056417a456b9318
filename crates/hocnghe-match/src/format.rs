//! Numbers as people read them: Vietnamese uses dots between thousands and a
//! decimal comma ("1.200.000 đ", "5,2 km"); English uses "VND 1,200,000" and "5.2 km".

fn group(amount: i64, sep: char) -> String {
    let digits = amount.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if amount < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// "1.200.000 đ"
pub fn vnd_vi(amount: i64) -> String {
    format!("{} đ", group(amount, '.'))
}

/// "VND 1,200,000"
pub fn vnd_en(amount: i64) -> String {
    format!("VND {}", group(amount, ','))
}

/// One decimal with a decimal comma: "5,2".
pub fn decimal_vi(value: f64) -> String {
    format!("{value:.1}").replace('.', ",")
}

/// "5,2 km"
pub fn km_vi(km: f64) -> String {
    format!("{} km", decimal_vi(km))
}

/// "5.2 km"
pub fn km_en(km: f64) -> String {
    format!("{km:.1} km")
}

/// A travel radius: whole kilometres without decimals ("15 km"), else like [`km_vi`].
pub fn radius_vi(km: f64) -> String {
    if is_whole(km) {
        format!("{km:.0} km")
    } else {
        km_vi(km)
    }
}

/// A travel radius: "15 km" or "12.5 km".
pub fn radius_en(km: f64) -> String {
    if is_whole(km) {
        format!("{km:.0} km")
    } else {
        km_en(km)
    }
}

fn is_whole(km: f64) -> bool {
    (km - km.round()).abs() < 1e-9
}

/// A monthly wage range: "8.000.000–10.000.000 đ/tháng", "từ 8.000.000 đ/tháng".
pub fn wage_vi(min: Option<i64>, max: Option<i64>) -> Option<String> {
    match (min, max) {
        (Some(lo), Some(hi)) if lo == hi => Some(format!("{}/tháng", vnd_vi(lo))),
        (Some(lo), Some(hi)) => Some(format!("{}–{}/tháng", group(lo, '.'), vnd_vi(hi))),
        (Some(lo), None) => Some(format!("từ {}/tháng", vnd_vi(lo))),
        (None, Some(hi)) => Some(format!("đến {}/tháng", vnd_vi(hi))),
        (None, None) => None,
    }
}

/// A monthly wage range: "VND 8,000,000–10,000,000/month", "from VND 8,000,000/month".
pub fn wage_en(min: Option<i64>, max: Option<i64>) -> Option<String> {
    match (min, max) {
        (Some(lo), Some(hi)) if lo == hi => Some(format!("{}/month", vnd_en(lo))),
        (Some(lo), Some(hi)) => Some(format!("{}–{}/month", vnd_en(lo), group(hi, ','))),
        (Some(lo), None) => Some(format!("from {}/month", vnd_en(lo))),
        (None, Some(hi)) => Some(format!("up to {}/month", vnd_en(hi))),
        (None, None) => None,
    }
}

pub(crate) const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "tháng 5, 6, 7"
pub(crate) fn months_vi(months: &[u32]) -> String {
    let list: Vec<String> = months.iter().map(u32::to_string).collect();
    format!("tháng {}", list.join(", "))
}

/// "May, June, July"
pub(crate) fn months_en(months: &[u32]) -> String {
    months
        .iter()
        .filter_map(|m| MONTHS_EN.get((*m as usize).wrapping_sub(1)).copied())
        .collect::<Vec<_>>()
        .join(", ")
}

/// A short list of labels: the first `max`, then "…" when there are more.
pub(crate) fn short_list<'a>(labels: impl IntoIterator<Item = &'a str>, max: usize) -> String {
    let mut shown = Vec::new();
    let mut more = false;
    for (i, label) in labels.into_iter().enumerate() {
        if i < max {
            shown.push(label);
        } else {
            more = true;
            break;
        }
    }
    let mut out = shown.join(", ");
    if more {
        out.push_str(", …");
    }
    out
}

/// English plural: "1 skill", "4 skills".
pub(crate) fn plural_en(n: impl Into<i64>, one: &str, many: &str) -> String {
    let n = n.into();
    format!("{} {}", group(n, ','), if n == 1 { one } else { many })
}

/// A count with Vietnamese grouping: "1.250".
pub(crate) fn count_vi(n: impl Into<i64>) -> String {
    group(n.into(), '.')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money() {
        assert_eq!(vnd_vi(1_200_000), "1.200.000 đ");
        assert_eq!(vnd_en(1_200_000), "VND 1,200,000");
        assert_eq!(vnd_vi(0), "0 đ");
        assert_eq!(vnd_vi(999), "999 đ");
        assert_eq!(vnd_vi(1_000), "1.000 đ");
        assert_eq!(vnd_en(-25_000), "VND -25,000");
        assert_eq!(vnd_vi(123_456_789), "123.456.789 đ");
    }

    #[test]
    fn distances() {
        assert_eq!(km_vi(5.2), "5,2 km");
        assert_eq!(km_en(5.24), "5.2 km");
        assert_eq!(km_vi(0.0), "0,0 km");
        assert_eq!(radius_vi(15.0), "15 km");
        assert_eq!(radius_vi(12.5), "12,5 km");
        assert_eq!(radius_en(12.5), "12.5 km");
    }

    #[test]
    fn wages() {
        assert_eq!(
            wage_vi(Some(8_000_000), Some(10_000_000)).unwrap(),
            "8.000.000–10.000.000 đ/tháng"
        );
        assert_eq!(
            wage_en(Some(8_000_000), Some(10_000_000)).unwrap(),
            "VND 8,000,000–10,000,000/month"
        );
        assert_eq!(
            wage_en(None, Some(7_000_000)).unwrap(),
            "up to VND 7,000,000/month"
        );
        assert_eq!(wage_vi(None, None), None);
    }

    #[test]
    fn lists() {
        assert_eq!(short_list(["a", "b", "c", "d"], 3), "a, b, c, …");
        assert_eq!(short_list(["a"], 3), "a");
        assert_eq!(months_en(&[5, 6]), "May, June");
        assert_eq!(months_vi(&[5, 6]), "tháng 5, 6");
        assert_eq!(plural_en(1, "job", "jobs"), "1 job");
        assert_eq!(plural_en(1_250, "job", "jobs"), "1,250 jobs");
        assert_eq!(count_vi(1_250), "1.250");
    }
}
