//! Training providers: district vocational centres (now named after the
//! merged communes that host them), colleges, intermediate schools, and
//! enterprises and associations that train.

use hocnghe_domain::ProviderKind::{self, *};

/// Trades a district vocational centre teaches besides those practised
/// where it stands: the general trades every district asks of it.
pub const CENTRE_GENERAL_TRADES: &[&str] = &[
    "tho-sua-chua-xe-may",
    "tho-dien-dan-dung",
    "cong-nhan-may-cong-nghiep",
    "dau-bep",
    "nhan-vien-van-phong",
    "nhan-vien-ban-hang-thuong-mai-dien-tu",
    "nguoi-trong-rau-an-toan-theo-vietgap",
    "nguoi-chan-nuoi-gia-cam",
    "tho-han",
    "nhan-vien-cham-soc-nguoi-cao-tuoi",
];

const CENTRE_PLACES: &[&str] = &[
    "09700", "00376", "09022", "00454", "00565", "10015", "09895", "09955", "09715", "09784",
    "09832", "10114", "10183", "10273", "10402", "10441", "09574", "00640",
];

/// Specialised providers: (name, kind, commune code, the trades they teach
/// as occupation codes). A school or enterprise teaches what it is for.
const OTHERS: &[(&str, ProviderKind, &str, &[&str])] = &[
    (
        "Trường Cao đẳng Nông nghiệp công nghệ cao Hà Nội",
        College,
        "00454",
        &[
            "ky-thuat-vien-trong-rau-thuy-canh",
            "nguoi-trong-rau-dua-trong-nha-mang",
            "nguoi-trong-lan-cong-nghe-cao",
            "nguoi-van-hanh-drone-nong-nghiep",
            "nguoi-trong-rau-an-toan-theo-vietgap",
        ],
    ),
    (
        "Trường Cao đẳng Cơ khí – Điện Phú Nghĩa",
        College,
        "10030",
        &[
            "tho-han",
            "tho-dien-cong-nghiep",
            "tho-dien-dan-dung",
            "tho-sua-chua-may-nong-nghiep",
            "tho-lap-dat-dien-mat-troi",
        ],
    ),
    (
        "Trường Cao đẳng Du lịch và Dịch vụ Sơn Tây",
        College,
        "09574",
        &[
            "dau-bep",
            "nguoi-kinh-doanh-homestay-du-lich-cong-dong",
            "huong-dan-vien-du-lich-tai-diem",
        ],
    ),
    (
        "Trường Cao đẳng Kỹ thuật công nghiệp Sóc Sơn",
        College,
        "00376",
        &[
            "tho-han",
            "tho-dien-cong-nghiep",
            "cong-nhan-lap-rap-linh-kien-dien-tu",
            "tho-sua-chua-xe-may",
        ],
    ),
    (
        "Trường Cao đẳng Công nghệ và Thương mại Hà Đông",
        College,
        "09556",
        &[
            "nhan-vien-ban-hang-thuong-mai-dien-tu",
            "nguoi-livestream-ban-hang",
            "nhan-vien-van-phong",
            "tho-sua-chua-dien-thoai",
        ],
    ),
    (
        "Trường Cao đẳng nghề Hoà Lạc",
        College,
        "09988",
        &[
            "tho-dien-dan-dung",
            "tho-han",
            "tho-moc-my-nghe",
            "cong-nhan-lap-rap-linh-kien-dien-tu",
        ],
    ),
    (
        "Trường Trung cấp Nông lâm Ba Vì",
        IntermediateSchool,
        "09700",
        &[
            "nguoi-chan-nuoi-bo-sua",
            "nguoi-chan-nuoi-gia-cam",
            "nguoi-trong-va-che-bien-che",
            "nguoi-trong-nam",
        ],
    ),
    (
        "Trường Trung cấp Kỹ thuật Mê Linh",
        IntermediateSchool,
        "09022",
        &[
            "tho-dien-dan-dung",
            "tho-sua-chua-xe-may",
            "tho-han",
            "tho-lap-dat-dien-mat-troi",
        ],
    ),
    (
        "Trường Trung cấp Thủ công mỹ nghệ Chương Mỹ",
        IntermediateSchool,
        "10015",
        &[
            "tho-may-tre-dan",
            "tho-moc-my-nghe",
            "tho-kham-trai",
            "tho-theu-ren",
        ],
    ),
    (
        "Trường Trung cấp Y tế và Chăm sóc sức khỏe Thường Tín",
        IntermediateSchool,
        "10183",
        &["nhan-vien-cham-soc-nguoi-cao-tuoi"],
    ),
    (
        "Trường Trung cấp Kinh tế – Kỹ thuật Vân Đình",
        IntermediateSchool,
        "10354",
        &[
            "nhan-vien-van-phong",
            "nhan-vien-ban-hang-thuong-mai-dien-tu",
            "tho-sua-chua-xe-may",
            "tho-dien-dan-dung",
        ],
    ),
    (
        "Trường Trung cấp Công nghệ Đông Anh",
        IntermediateSchool,
        "00454",
        &[
            "cong-nhan-lap-rap-linh-kien-dien-tu",
            "tho-dien-cong-nghiep",
            "tho-sua-chua-dien-thoai",
        ],
    ),
    (
        "Cơ sở dạy nghề gốm sứ Bát Tràng",
        Enterprise,
        "00577",
        &["tho-gom-su", "tho-ve-trang-tri-gom"],
    ),
    (
        "Công ty TNHH May Phú Xuyên – Trung tâm đào tạo",
        Enterprise,
        "10273",
        &["cong-nhan-may-cong-nghiep"],
    ),
    (
        "Công ty TNHH Điện tử Quang Minh – Phòng đào tạo",
        Enterprise,
        "08974",
        &["cong-nhan-lap-rap-linh-kien-dien-tu"],
    ),
    (
        "Hội Nông dân xã Mê Linh",
        Association,
        "09022",
        &[
            "nguoi-trong-hoa-cay-canh",
            "nguoi-trong-rau-an-toan-theo-vietgap",
        ],
    ),
    (
        "Hội Liên hiệp Phụ nữ xã Phú Nghĩa",
        Association,
        "10030",
        &[
            "tho-may-tre-dan",
            "nhan-vien-ban-hang-thuong-mai-dien-tu",
            "tho-theu-ren",
        ],
    ),
    (
        "Hội Nông dân xã Ba Vì",
        Association,
        "09700",
        &[
            "nguoi-chan-nuoi-bo-sua",
            "nguoi-chan-nuoi-gia-cam",
            "nguoi-trong-rau-an-toan-theo-vietgap",
        ],
    ),
    (
        "Trạm Khuyến nông Đông Anh",
        Other,
        "00454",
        &[
            "nguoi-trong-rau-an-toan-theo-vietgap",
            "nguoi-trong-nam",
            "nguoi-chan-nuoi-gia-cam",
        ],
    ),
    (
        "Cơ sở dạy nghề mây tre đan Phú Nghĩa",
        Enterprise,
        "10030",
        &["tho-may-tre-dan"],
    ),
    (
        "Công ty Cổ phần Du lịch Hương Sơn",
        Enterprise,
        "10489",
        &[
            "huong-dan-vien-du-lich-tai-diem",
            "nguoi-kinh-doanh-homestay-du-lich-cong-dong",
        ],
    ),
    (
        "Hội Người cao tuổi phường Sơn Tây",
        Association,
        "09574",
        &["nhan-vien-cham-soc-nguoi-cao-tuoi"],
    ),
    (
        "Trung tâm Dịch vụ việc làm Hà Nội – Chi nhánh Hà Đông",
        Other,
        "09556",
        &[
            "nhan-vien-van-phong",
            "nhan-vien-ban-hang-thuong-mai-dien-tu",
        ],
    ),
    (
        "Công ty TNHH Cơ khí Tây Phương",
        Enterprise,
        "10003",
        &["tho-han", "tho-sua-chua-may-nong-nghiep"],
    ),
    (
        "Hợp tác xã chè Yên Bài",
        Enterprise,
        "09706",
        &["nguoi-trong-va-che-bien-che"],
    ),
    (
        "Hội Nông dân xã Gia Lâm",
        Association,
        "00565",
        &["nguoi-trong-rau-an-toan-theo-vietgap", "nguoi-trong-nam"],
    ),
    (
        "Trung tâm Đào tạo kỹ năng số Hoà Lạc",
        Enterprise,
        "09988",
        &[
            "nhan-vien-van-phong",
            "nhan-vien-ban-hang-thuong-mai-dien-tu",
            "nguoi-livestream-ban-hang",
        ],
    ),
    (
        "Cơ sở dạy nghề khảm trai Chuyên Mỹ",
        Enterprise,
        "10330",
        &["tho-kham-trai"],
    ),
    (
        "Hợp tác xã bò sữa Suối Hai",
        Enterprise,
        "09694",
        &["nguoi-chan-nuoi-bo-sua"],
    ),
];

/// A provider before it is written: name, kind, commune code, and the
/// trades it teaches (`None` for a district centre: the trades of its place
/// and the general ones).
pub type Listed = (
    String,
    ProviderKind,
    &'static str,
    Option<&'static [&'static str]>,
);

/// Every provider, centres first: the first is the Ba Vì centre that
/// teaches the pinned "Sửa chữa xe máy" course.
pub fn all(place_name: impl Fn(&str) -> String) -> Vec<Listed> {
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
                None,
            )
        })
        .chain(
            OTHERS.iter().map(|(name, kind, code, trades)| {
                ((*name).to_owned(), *kind, *code, Some(*trades))
            }),
        )
        .collect()
}
