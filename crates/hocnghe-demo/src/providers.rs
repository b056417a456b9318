//! Training providers: district vocational centres (now named after the
//! merged communes that host them), colleges, intermediate schools, and
//! enterprises and associations that train.

use hocnghe_domain::ProviderKind::{self, *};

const CENTRE_PLACES: &[&str] = &[
    "09700", "00376", "09022", "00454", "00565", "10015", "09895", "09955", "09715", "09784",
    "09832", "10114", "10183", "10273", "10402", "10441", "09574", "00640",
];

const OTHERS: &[(&str, ProviderKind, &str)] = &[
    (
        "Trường Cao đẳng Nông nghiệp công nghệ cao Hà Nội",
        College,
        "00454",
    ),
    ("Trường Cao đẳng Cơ khí – Điện Phú Nghĩa", College, "10030"),
    (
        "Trường Cao đẳng Du lịch và Dịch vụ Sơn Tây",
        College,
        "09574",
    ),
    (
        "Trường Cao đẳng Kỹ thuật công nghiệp Sóc Sơn",
        College,
        "00376",
    ),
    (
        "Trường Cao đẳng Công nghệ và Thương mại Hà Đông",
        College,
        "09556",
    ),
    ("Trường Cao đẳng nghề Hoà Lạc", College, "09988"),
    (
        "Trường Trung cấp Nông lâm Ba Vì",
        IntermediateSchool,
        "09700",
    ),
    (
        "Trường Trung cấp Kỹ thuật Mê Linh",
        IntermediateSchool,
        "09022",
    ),
    (
        "Trường Trung cấp Thủ công mỹ nghệ Chương Mỹ",
        IntermediateSchool,
        "10015",
    ),
    (
        "Trường Trung cấp Y tế và Chăm sóc sức khỏe Thường Tín",
        IntermediateSchool,
        "10183",
    ),
    (
        "Trường Trung cấp Kinh tế – Kỹ thuật Vân Đình",
        IntermediateSchool,
        "10354",
    ),
    (
        "Trường Trung cấp Công nghệ Đông Anh",
        IntermediateSchool,
        "00454",
    ),
    ("Cơ sở dạy nghề gốm sứ Bát Tràng", Enterprise, "00577"),
    (
        "Công ty TNHH May Phú Xuyên – Trung tâm đào tạo",
        Enterprise,
        "10273",
    ),
    (
        "Công ty TNHH Điện tử Quang Minh – Phòng đào tạo",
        Enterprise,
        "08974",
    ),
    ("Hội Nông dân xã Mê Linh", Association, "09022"),
    ("Hội Liên hiệp Phụ nữ xã Phú Nghĩa", Association, "10030"),
    ("Hội Nông dân xã Ba Vì", Association, "09700"),
    ("Trạm Khuyến nông Đông Anh", Other, "00454"),
    ("Cơ sở dạy nghề mây tre đan Phú Nghĩa", Enterprise, "10030"),
    ("Công ty Cổ phần Du lịch Hương Sơn", Enterprise, "10489"),
    ("Hội Người cao tuổi phường Sơn Tây", Association, "09574"),
    (
        "Trung tâm Dịch vụ việc làm Hà Nội – Chi nhánh Hà Đông",
        Other,
        "09556",
    ),
    ("Công ty TNHH Cơ khí Tây Phương", Enterprise, "10003"),
    ("Hợp tác xã chè Yên Bài", Enterprise, "09706"),
    ("Hội Nông dân xã Gia Lâm", Association, "00565"),
    ("Trung tâm Đào tạo kỹ năng số Hoà Lạc", Enterprise, "09988"),
    ("Cơ sở dạy nghề khảm trai Chuyên Mỹ", Enterprise, "10330"),
    ("Hợp tác xã bò sữa Suối Hai", Enterprise, "09694"),
];

/// (name, kind, commune code), centres first: the first is the Ba Vì centre
/// that teaches the pinned "Sửa chữa xe máy" course.
pub fn all(place_name: impl Fn(&str) -> String) -> Vec<(String, ProviderKind, &'static str)> {
    CENTRE_PLACES
        .iter()
        .map(|code| {
            (
                format!(
                    "Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên {}",
                    place_name(code)
                ),
                VocationalCenter,
                *code,
            )
        })
        .chain(
            OTHERS
                .iter()
                .map(|(name, kind, code)| ((*name).to_owned(), *kind, *code)),
        )
        .collect()
}
