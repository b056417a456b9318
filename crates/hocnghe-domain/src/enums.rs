//! Closed vocabularies, each with its wire name (snake_case, used in JSON,
//! the database and the search index) and Vietnamese and English labels.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// The value was not one of the allowed wire names.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {kind} {value:?}; allowed: {allowed}")]
pub struct UnknownVariant {
    pub kind: &'static str,
    pub value: String,
    pub allowed: String,
}

macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident, $kind:literal { $($variant:ident => $wire:literal, $vi:literal, $en:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name {
            $(#[serde(rename = $wire)] $variant,)+
        }

        // Written by hand: utoipa's derive does not see a `serde(rename)`
        // whose value comes from a macro argument, and published the Rust
        // names (`SoCap`) instead of the wire names (`so_cap`).
        impl utoipa::PartialSchema for $name {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                utoipa::openapi::schema::ObjectBuilder::new()
                    .schema_type(utoipa::openapi::schema::Type::String)
                    .enum_values(Some([$($wire),+]))
                    .into()
            }
        }

        impl ToSchema for $name {}

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $wire,)+ }
            }

            pub fn label_vi(self) -> &'static str {
                match self { $($name::$variant => $vi,)+ }
            }

            pub fn label_en(self) -> &'static str {
                match self { $($name::$variant => $en,)+ }
            }

            /// The wire names, comma-separated.
            pub fn allowed() -> String {
                Self::ALL.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(", ")
            }
        }

        impl FromStr for $name {
            type Err = UnknownVariant;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s.trim() {
                    $($wire => Ok($name::$variant),)+
                    other => Err(UnknownVariant { kind: $kind, value: other.to_owned(), allowed: Self::allowed() }),
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

vocabulary! {
    /// Training level of a course under Vietnam's vocational education law.
    CourseLevel, "course level" {
        SoCap => "so_cap", "Sơ cấp", "Elementary (3–12 months)";
        TrungCap => "trung_cap", "Trung cấp", "Intermediate";
        CaoDang => "cao_dang", "Cao đẳng", "College";
        ShortCourse => "short_course", "Đào tạo dưới 3 tháng", "Short course (under 3 months)";
    }
}

vocabulary! {
    /// Where a worker's inbox messages are also sent; `none` until the worker
    /// chooses (opt-in).
    NotifyChannel, "notification channel" {
        None => "none", "Không", "None";
        Sms => "sms", "Tin nhắn SMS", "SMS";
        Zalo => "zalo", "Zalo", "Zalo";
    }
}

vocabulary! {
    DeliveryMode, "delivery mode" {
        InPerson => "in_person", "Học trực tiếp", "In person";
        Online => "online", "Học trực tuyến", "Online";
        Blended => "blended", "Kết hợp trực tiếp và trực tuyến", "Blended";
    }
}

vocabulary! {
    /// When a course meets, and when a worker is free to study.
    StudyTime, "study time" {
        Weekday => "weekday", "Ban ngày trong tuần", "Weekdays";
        Evening => "evening", "Buổi tối", "Evenings";
        Weekend => "weekend", "Cuối tuần", "Weekends";
    }
}

vocabulary! {
    CourseStatus, "course status" {
        Open => "open", "Đang tuyển sinh", "Enrolling";
        Closed => "closed", "Đã đóng", "Closed";
    }
}

vocabulary! {
    /// Where one intake (class) of a course stands. `full` is also reported
    /// for an open intake whose seats are all taken.
    IntakeStatus, "intake status" {
        Open => "open", "Đang nhận đăng ký", "Open for enrolment";
        Full => "full", "Đã đủ chỗ", "Full";
        Running => "running", "Đang học", "Running";
        Finished => "finished", "Đã kết thúc", "Finished";
        Cancelled => "cancelled", "Đã hủy", "Cancelled";
    }
}

vocabulary! {
    EmploymentType, "employment type" {
        Permanent => "permanent", "Dài hạn", "Permanent";
        Seasonal => "seasonal", "Thời vụ", "Seasonal";
        Contract => "contract", "Hợp đồng có thời hạn", "Fixed-term contract";
    }
}

vocabulary! {
    DemandStatus, "demand status" {
        Open => "open", "Đang tuyển", "Open";
        Filled => "filled", "Đã đủ người", "Filled";
        Closed => "closed", "Đã đóng", "Closed";
    }
}

vocabulary! {
    /// How much a job needs a skill.
    Importance, "importance" {
        Essential => "essential", "Bắt buộc", "Essential";
        Optional => "optional", "Nên có", "Optional";
    }
}

vocabulary! {
    /// Sectors of Hanoi's rural vocational-training plan.
    Sector, "sector" {
        HighTechAgriculture => "high_tech_agriculture", "Nông nghiệp công nghệ cao", "High-tech agriculture";
        GreenAgriculture => "green_agriculture", "Nông nghiệp xanh", "Green agriculture";
        Industry => "industry", "Công nghiệp", "Industry";
        Construction => "construction", "Xây dựng", "Construction";
        Mechanics => "mechanics", "Cơ khí – sửa chữa", "Mechanics and repair";
        Craft => "craft", "Làng nghề thủ công", "Traditional crafts";
        Services => "services", "Dịch vụ", "Services";
        Digital => "digital", "Kỹ năng số", "Digital skills";
    }
}

vocabulary! {
    /// Skill groups: the sectors plus transversal skills (safety, communication…).
    SkillGroup, "skill group" {
        HighTechAgriculture => "high_tech_agriculture", "Nông nghiệp công nghệ cao", "High-tech agriculture";
        GreenAgriculture => "green_agriculture", "Nông nghiệp xanh", "Green agriculture";
        Industry => "industry", "Công nghiệp", "Industry";
        Construction => "construction", "Xây dựng", "Construction";
        Mechanics => "mechanics", "Cơ khí – sửa chữa", "Mechanics and repair";
        Craft => "craft", "Làng nghề thủ công", "Traditional crafts";
        Services => "services", "Dịch vụ", "Services";
        Digital => "digital", "Kỹ năng số", "Digital skills";
        Transversal => "transversal", "Kỹ năng chung", "Transversal skills";
        Other => "other", "Khác", "Other";
    }
}

vocabulary! {
    ProviderKind, "provider kind" {
        College => "college", "Trường cao đẳng", "College";
        IntermediateSchool => "intermediate_school", "Trường trung cấp", "Intermediate school";
        VocationalCenter => "vocational_center", "Trung tâm giáo dục nghề nghiệp", "Vocational training centre";
        Enterprise => "enterprise", "Doanh nghiệp", "Enterprise";
        Association => "association", "Hội, đoàn thể", "Association";
        Other => "other", "Khác", "Other";
    }
}

vocabulary! {
    EmployerKind, "employer kind" {
        Company => "company", "Doanh nghiệp", "Company";
        Cooperative => "cooperative", "Hợp tác xã", "Cooperative";
        Farm => "farm", "Trang trại", "Farm";
        CraftVillage => "craft_village", "Cơ sở làng nghề", "Craft-village workshop";
        HouseholdBusiness => "household_business", "Hộ kinh doanh", "Household business";
        Public => "public", "Đơn vị công", "Public body";
        Other => "other", "Khác", "Other";
    }
}

vocabulary! {
    CommuneKind, "commune kind" {
        Ward => "ward", "Phường", "Ward";
        Commune => "commune", "Xã", "Commune";
    }
}

vocabulary! {
    /// Highest schooling completed.
    EducationLevel, "education level" {
        None => "none", "Chưa đi học hết tiểu học", "Did not finish primary school";
        Primary => "primary", "Tiểu học", "Primary school";
        LowerSecondary => "lower_secondary", "Trung học cơ sở", "Lower secondary school";
        UpperSecondary => "upper_secondary", "Trung học phổ thông", "Upper secondary school";
        Vocational => "vocational", "Trung cấp nghề", "Vocational diploma";
        College => "college", "Cao đẳng", "College";
        University => "university", "Đại học trở lên", "University or higher";
    }
}

vocabulary! {
    Role, "role" {
        Worker => "worker", "Người lao động", "Worker";
        Employer => "employer", "Nhà tuyển dụng", "Employer";
        Provider => "provider", "Cơ sở đào tạo", "Training provider";
        Counsellor => "counsellor", "Tư vấn viên", "Counsellor";
        Admin => "admin", "Quản trị viên", "Administrator";
    }
}

vocabulary! {
    /// Where a worker's place on a course stands: applied, then accepted or
    /// rejected by the provider, then studying, then completed or dropped;
    /// the worker may withdraw before finishing.
    EnrolmentStatus, "enrolment status" {
        Applied => "applied", "Đã đăng ký", "Applied";
        Accepted => "accepted", "Đã được nhận", "Accepted";
        Rejected => "rejected", "Không được nhận", "Rejected";
        Studying => "studying", "Đang học", "Studying";
        Completed => "completed", "Đã hoàn thành", "Completed";
        Dropped => "dropped", "Bỏ học", "Dropped";
        Withdrawn => "withdrawn", "Đã rút đăng ký", "Withdrawn";
    }
}

vocabulary! {
    /// What a former learner does some months after the course.
    EmploymentStatus, "employment status" {
        Employed => "employed", "Có việc làm", "Employed";
        SelfEmployed => "self_employed", "Tự tạo việc làm", "Self-employed";
        Unemployed => "unemployed", "Chưa có việc làm", "Unemployed";
        Studying => "studying", "Đang học tiếp", "Studying";
    }
}

vocabulary! {
    /// Where a worker's application to a job stands: submitted, then
    /// shortlisted, hired or not selected by the employer; the worker may
    /// withdraw while it is still open.
    ApplicationStatus, "application status" {
        Submitted => "submitted", "Đã nộp đơn", "Submitted";
        Shortlisted => "shortlisted", "Được mời phỏng vấn", "Shortlisted";
        Hired => "hired", "Đã được tuyển", "Hired";
        Rejected => "rejected", "Không được chọn", "Not selected";
        Withdrawn => "withdrawn", "Đã rút đơn", "Withdrawn";
    }
}

vocabulary! {
    /// One step in an application's history: its statuses, and the
    /// employer opening it (seen), which changes no status.
    ApplicationStep, "application step" {
        Submitted => "submitted", "Đã gửi đơn", "Sent";
        Seen => "seen", "Nhà tuyển dụng đã xem", "Seen by the employer";
        Shortlisted => "shortlisted", "Được mời phỏng vấn", "Shortlisted";
        Hired => "hired", "Đã được tuyển", "Hired";
        Rejected => "rejected", "Không được chọn", "Turned down";
        Withdrawn => "withdrawn", "Đã rút đơn", "Withdrawn";
    }
}

impl ApplicationStep {
    /// The step a change to `status` records.
    pub fn of(status: ApplicationStatus) -> Self {
        match status {
            ApplicationStatus::Submitted => Self::Submitted,
            ApplicationStatus::Shortlisted => Self::Shortlisted,
            ApplicationStatus::Hired => Self::Hired,
            ApplicationStatus::Rejected => Self::Rejected,
            ApplicationStatus::Withdrawn => Self::Withdrawn,
        }
    }

    /// What the worker can do now that this is the latest step.
    pub fn next_vi(self) -> &'static str {
        match self {
            Self::Submitted => {
                "Chờ nhà tuyển dụng xem hồ sơ. Giữ điện thoại bên mình: họ có thể gọi cho bạn."
            }
            Self::Seen => {
                "Nhà tuyển dụng đã xem hồ sơ. Nếu sau một tuần chưa có tin, hãy xem thêm việc khác."
            }
            Self::Shortlisted => {
                "Bạn được mời phỏng vấn: nhà tuyển dụng sẽ gọi hẹn lịch. Chuẩn bị giấy tờ tùy thân và chứng chỉ."
            }
            Self::Hired => "Chúc mừng! Liên hệ nhà tuyển dụng để hẹn ngày bắt đầu làm.",
            Self::Rejected => "Lần này bạn chưa được chọn. Xem các việc khác hợp với bạn.",
            Self::Withdrawn => "Bạn đã rút đơn. Bạn có thể ứng tuyển lại khi tin còn nhận hồ sơ.",
        }
    }

    pub fn next_en(self) -> &'static str {
        match self {
            Self::Submitted => {
                "Wait for the employer to look at your application. Keep your phone with you: they may call."
            }
            Self::Seen => {
                "The employer has seen your application. If you hear nothing within a week, look at other jobs too."
            }
            Self::Shortlisted => {
                "You are invited to an interview: the employer will call to set a time. Bring your ID and certificates."
            }
            Self::Hired => "Congratulations! Contact the employer to agree on your first day.",
            Self::Rejected => "You were not chosen this time. Look at other jobs that suit you.",
            Self::Withdrawn => {
                "You withdrew. You can apply again while the job is still taking applications."
            }
        }
    }
}

vocabulary! {
    /// What an inbox message is about.
    InboxKind, "inbox message kind" {
        ApplicationStatus => "application_status", "Đơn ứng tuyển", "Application";
        Invitation => "invitation", "Lời mời ứng tuyển", "Invitation to apply";
        OwnerLeft => "owner_left", "Tin tuyển dụng hoặc lớp học đã đóng", "Job or class closed";
        ProposedSkill => "proposed_skill", "Kỹ năng đề xuất", "Proposed skill";
        Enrolment => "enrolment", "Khóa học", "Course";
        NewMatches => "new_matches", "Kết quả mới cho tìm kiếm đã lưu", "New results for a saved search";
        ClassReminder => "class_reminder", "Lịch lớp học", "Class schedule";
    }
}

vocabulary! {
    /// Who vouches for a line of the skills passport.
    Attestation, "attestation" {
        Verified => "verified", "Đã xác nhận", "Verified";
        Declared => "declared", "Tự khai", "Self-declared";
    }
}

vocabulary! {
    /// What a saved search looks for.
    SearchKind, "search kind" {
        Courses => "courses", "Khóa học", "Courses";
        Jobs => "jobs", "Việc làm", "Jobs";
    }
}

vocabulary! {
    /// Where a proposal stands.
    ProposalStatus, "proposal status" {
        Pending => "pending", "Đề xuất, chờ duyệt", "Proposed, awaiting review";
        Merged => "merged", "Đã gộp vào kỹ năng có sẵn", "Merged into an existing skill";
        Approved => "approved", "Đã duyệt là kỹ năng mới", "Approved as a new skill";
        Rejected => "rejected", "Không được duyệt", "Rejected";
    }
}

impl ApplicationStatus {
    /// Still waiting for the employer's final answer.
    pub fn is_open(self) -> bool {
        matches!(self, Self::Submitted | Self::Shortlisted)
    }

    /// Whether the employer may move an application from `self` to `next`.
    pub fn employer_may_set(self, next: Self) -> bool {
        matches!(
            (self, next),
            (
                Self::Submitted,
                Self::Shortlisted | Self::Hired | Self::Rejected
            ) | (Self::Shortlisted, Self::Hired | Self::Rejected)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_names_round_trip() {
        for level in CourseLevel::ALL {
            assert_eq!(level.as_str().parse::<CourseLevel>(), Ok(*level));
        }
        let json = serde_json_like(Sector::GreenAgriculture);
        assert_eq!(json, "green_agriculture");
    }

    #[test]
    fn unknown_value_lists_allowed() {
        let err = "full_time".parse::<EmploymentType>().unwrap_err();
        assert_eq!(err.allowed, "permanent, seasonal, contract");
    }

    fn serde_json_like(s: Sector) -> String {
        s.to_string()
    }
}

vocabulary! {
    /// What the worker wants from training: it decides which courses a
    /// counsellor would put first.
    WorkerGoal, "goal" {
        WageJob => "wage_job", "Tìm việc làm công ăn lương", "A wage job";
        OwnBusiness => "own_business", "Tự kinh doanh, mở cơ sở riêng", "My own business";
        CertifyCurrentTrade => "certify_current_trade", "Lấy chứng chỉ cho nghề đang làm", "A certificate for the trade I already practise";
        Exploring => "exploring", "Đang tìm hiểu, chưa chọn nghề", "Exploring, no trade chosen yet";
    }
}

vocabulary! {
    /// A limit of the worker's that cannot bend; the others are preferences
    /// that rank a course lower and warn, but do not hide it.
    LimitKind, "limit" {
        Distance => "distance", "Quãng đường đi học", "Travel distance";
        Budget => "budget", "Học phí", "Fee";
        Schedule => "schedule", "Thời gian học", "Study times";
        Delivery => "delivery", "Hình thức học", "Delivery mode";
    }
}

vocabulary! {
    /// Groups whose tuition support for elementary and short courses is
    /// higher than other rural learners' (`data/support/tuition_support.csv`).
    /// Sensitive: disability is health data and ethnic minority is ethnicity
    /// (Decree 13/2023); kept only with explicit consent, never indexed.
    SupportCategory, "support category" {
        Disability => "disability", "Người khuyết tật", "Person with a disability";
        EthnicMinority => "ethnic_minority", "Người dân tộc thiểu số", "Ethnic-minority person";
        PoorHousehold => "poor_household", "Thuộc hộ nghèo", "Member of a poor household";
        NearPoorHousehold => "near_poor_household", "Thuộc hộ cận nghèo", "Member of a near-poor household";
        LandRecovered => "land_recovered", "Thuộc hộ bị thu hồi đất nông nghiệp", "Household whose farmland was recovered";
    }
}

vocabulary! {
    /// What one step of a worker's action plan is about.
    PlanStepKind, "plan step kind" {
        Course => "course", "Học một lớp", "A course intake";
        Job => "job", "Ứng tuyển một việc làm", "A job to apply for";
        Document => "document", "Làm giấy tờ", "A document to get";
        Other => "other", "Việc khác", "Something else";
    }
}

vocabulary! {
    /// Where a worker on a counsellor's caseload stands, derived from what
    /// happened: a job (hired, or employed after a course) beats a running
    /// course, which beats advice (a note or a plan), which beats nothing.
    CaseStatus, "case status" {
        New => "new", "Mới", "New";
        Advised => "advised", "Đã tư vấn", "Advised";
        Studying => "studying", "Đang học", "Studying";
        Employed => "employed", "Đã có việc", "Has a job";
    }
}

vocabulary! {
    /// Something a counsellor did for a worker, with their consent.
    OnBehalfKind, "on-behalf action" {
        Enrolment => "enrolment", "Đăng ký học giúp", "Enrolled on their behalf";
        Application => "application", "Nộp đơn giúp", "Applied on their behalf";
    }
}

vocabulary! {
    /// What a learner needs from a class to take part: a worker's access
    /// needs (health data, sensitive under Decree 13/2023: kept only with
    /// explicit consent, never indexed) and what a course accommodates (not
    /// personal data).
    AccessNeed, "access need" {
        StepFree => "step_free", "Đi lại bằng xe lăn hoặc khó đi lại: cần lối đi không bậc, lớp ở tầng trệt", "Wheelchair user or limited mobility: needs step-free access, a ground-floor class";
        SignLanguage => "sign_language", "Khiếm thính: cần phiên dịch ngôn ngữ ký hiệu hoặc phụ đề", "Deaf or hard of hearing: needs sign-language interpreting or captions";
        LowVision => "low_vision", "Nhìn kém: cần tài liệu chữ to, tài liệu âm thanh", "Low vision: needs large-print and audio materials";
        EasyRead => "easy_read", "Cần tài liệu dễ hiểu, hướng dẫn từng bước", "Needs easy-read materials and step-by-step guidance";
    }
}

impl AccessNeed {
    /// What a class provides to meet the need, in a few words and without
    /// commas (lists of them are comma-separated): "lối đi cho xe lăn".
    pub fn provision_vi(self) -> &'static str {
        match self {
            Self::StepFree => "lối đi cho xe lăn",
            Self::SignLanguage => "phiên dịch ngôn ngữ ký hiệu hoặc phụ đề",
            Self::LowVision => "tài liệu chữ to hoặc âm thanh",
            Self::EasyRead => "tài liệu dễ hiểu và hướng dẫn từng bước",
        }
    }

    pub fn provision_en(self) -> &'static str {
        match self {
            Self::StepFree => "step-free access for wheelchairs",
            Self::SignLanguage => "sign-language interpreting or captions",
            Self::LowVision => "large-print or audio materials",
            Self::EasyRead => "easy-read materials and step-by-step guidance",
        }
    }
}

/// The provisions of `needs`, comma-separated, in Vietnamese.
pub fn provisions_vi(needs: &[AccessNeed]) -> String {
    needs
        .iter()
        .map(|n| n.provision_vi())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The provisions of `needs`, comma-separated, in English.
pub fn provisions_en(needs: &[AccessNeed]) -> String {
    needs
        .iter()
        .map(|n| n.provision_en())
        .collect::<Vec<_>>()
        .join(", ")
}
