#!/usr/bin/env python3
"""Writes bench/advice/catalogue.json: a fixed, hand-made catalogue of courses
and labour demands in rural and peri-urban Hanoi, in the serde JSON shape of
hocnghe-match's CourseCandidate and DemandCandidate.

Every commune code and centroid comes from data/hanoi_communes.csv, every
skill from data/taxonomy/skills.csv and every occupation from
data/taxonomy/occupations.csv; the script refuses to write otherwise.
Run from the workspace root: python3 bench/advice/build_catalogue.py
"""
import csv
import json
import os
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
TODAY = "2027-01-11"

COMMUNES = {r["code"]: r for r in csv.DictReader(open(os.path.join(ROOT, "data/hanoi_communes.csv"), encoding="utf-8"))}
SKILLS = {r["code"] for r in csv.DictReader(open(os.path.join(ROOT, "data/taxonomy/skills.csv"), encoding="utf-8"))}
OCCS = {r["code"] for r in csv.DictReader(open(os.path.join(ROOT, "data/taxonomy/occupations.csv"), encoding="utf-8"))}

# Communes used (code: name), for readability below.
BA_VI, SUOI_HAI, YEN_BAI, MINH_CHAU, SON_TAY = "09700", "09694", "09706", "09661", "09574"
SOC_SON, NOI_BAI, DA_PHUC = "00376", "00433", "00430"
DONG_ANH, ME_LINH, QUANG_MINH = "00454", "09022", "08974"
GIA_LAM, BAT_TRANG = "00565", "00577"
CHUONG_MY, PHU_NGHIA = "10015", "10030"
THACH_THAT, HOA_LAC, QUOC_OAI = "09955", "09988", "09895"
UNG_HOA, VAN_DINH, PHU_XUYEN, CHUYEN_MY = "10402", "10354", "10273", "10330"
THUONG_TIN, MY_DUC, HUONG_SON = "10183", "10441", "10489"


def m(code, title, credits, skills, prereq=()):
    return {"code": code, "title": title, "credits": credits, "skills": list(skills), "prerequisites": list(prereq)}


# ---- module sets (one per programme; intakes of a programme share them) ----
XM = [  # motorbike repair
    m("XM.MĐ01", "Bảo dưỡng định kỳ và sửa chữa động cơ xe máy", 3, ["bao-duong-dinh-ky-xe-may", "bao-duong-sua-chua-dong-co-xe-may", "an-toan-lao-dong"]),
    m("XM.MĐ02", "Sửa chữa phanh, khung, giảm xóc và bánh xe", 2, ["sua-chua-he-thong-phanh-xe-may", "sua-chua-khung-giam-xoc-va-banh-xe", "va-va-thay-sam-lop"]),
    m("XM.MĐ03", "Hệ thống điện và phun xăng điện tử (FI)", 3, ["sua-chua-he-thong-dien-xe-may", "chan-doan-loi-phun-xang-dien-tu-fi", "su-dung-dong-ho-van-nang"], ["XM.MĐ01"]),
    m("XM.MĐ04", "Sửa chữa bộ truyền động xe tay ga", 2, ["sua-chua-bo-truyen-dong-xe-tay-ga"], ["XM.MĐ01"]),
]
DDD = [  # residential electrics
    m("ĐDD.MĐ01", "An toàn điện, đo kiểm và đọc sơ đồ", 2, ["an-toan-dien", "su-dung-dong-ho-van-nang", "doc-so-do-mach-dien"]),
    m("ĐDD.MĐ02", "Lắp đặt mạng điện chiếu sáng trong nhà", 3, ["lap-dat-mang-dien-chieu-sang-trong-nha", "lap-dat-o-cam-cong-tac", "di-day-dien-am-tuong-va-trong-ong"], ["ĐDD.MĐ01"]),
    m("ĐDD.MĐ03", "Bảng điện, aptomat và tính chọn thiết bị", 2, ["lap-dat-bang-dien-aptomat-va-thiet-bi-chong-giat", "tinh-chon-day-dan-va-thiet-bi-dien"], ["ĐDD.MĐ01"]),
    m("ĐDD.MĐ04", "Kiểm tra, sửa chữa sự cố điện gia đình", 2, ["kiem-tra-sua-chua-su-co-dien-gia-dinh"], ["ĐDD.MĐ02"]),
]
BO_SUA = [
    m("BS.MĐ01", "Chăm sóc, nuôi dưỡng bò sữa và vắt sữa", 3, ["cham-soc-va-nuoi-duong-bo-sua", "vat-sua-va-bao-quan-sua-tuoi"]),
    m("BS.MĐ02", "Thức ăn xanh, ủ chua và phối trộn khẩu phần", 2, ["trong-co-va-u-chua-thuc-an-xanh", "phoi-tron-thuc-an-chan-nuoi"]),
    m("BS.MĐ03", "Sinh sản, phòng bệnh và an toàn sinh học", 2, ["phat-hien-dong-duc-o-gia-suc", "tiem-phong-vac-xin-cho-vat-nuoi", "thuc-hien-an-toan-sinh-hoc-trong-chan-nuoi", "ghi-chep-nhat-ky-san-xuat"]),
]
CHE = [
    m("CHE.01", "Trồng, chăm sóc chè theo hướng hữu cơ", 1, ["trong-va-cham-soc-cay-che", "san-xuat-theo-tieu-chuan-nong-nghiep-huu-co"]),
    m("CHE.02", "Hái, sao chè thủ công và đóng gói", 1, ["hai-va-sao-che-thu-cong", "dong-goi-va-dan-nhan-san-pham"]),
]
HOMESTAY = [
    m("HS.MĐ01", "Đón tiếp khách, buồng phòng homestay", 2, ["don-tiep-va-lam-thu-tuc-luu-tru-cho-khach", "don-buong-va-chuan-bi-phong-cho-khach", "giao-tiep-voi-khach-hang"]),
    m("HS.MĐ02", "Ẩm thực địa phương và an toàn thực phẩm", 2, ["nau-cac-mon-an-viet-nam", "bao-dam-ve-sinh-an-toan-thuc-pham"]),
    m("HS.MĐ03", "Tổ chức trải nghiệm và đăng phòng trực tuyến", 2, ["to-chuc-trai-nghiem-du-lich-nong-nghiep-lang-nghe", "dang-phong-homestay-truc-tuyen", "thuyet-minh-diem-du-lich"]),
]
BEP = [
    m("KTCB.MĐ01", "Sơ chế nguyên liệu, dao và kỹ thuật cắt thái", 2, ["so-che-nguyen-lieu-mon-an", "su-dung-dao-va-ky-thuat-cat-thai", "bao-dam-ve-sinh-an-toan-thuc-pham"]),
    m("KTCB.MĐ02", "Chế biến món ăn Việt Nam", 3, ["nau-cac-mon-an-viet-nam", "bao-quan-thuc-pham-dung-cach"], ["KTCB.MĐ01"]),
    m("KTCB.MĐ03", "Món ăn cỗ, tiệc; thực đơn và khẩu phần", 3, ["che-bien-mon-an-co-tiec", "xay-dung-thuc-don-va-tinh-khau-phan", "phong-chay-chua-chay-co-ban"], ["KTCB.MĐ02"]),
]
BEP_NGAN = [
    m("NA.01", "Nấu món ăn gia đình Việt Nam", 1, ["so-che-nguyen-lieu-mon-an", "nau-cac-mon-an-viet-nam", "bao-dam-ve-sinh-an-toan-thuc-pham"]),
    m("NA.02", "Nấu cỗ, tiệc cho đám hiếu hỉ", 1, ["che-bien-mon-an-co-tiec", "tinh-gia-thanh-va-loi-nhuan"]),
]
NCT = [
    m("CSNCT.MĐ01", "Chăm sóc vệ sinh cá nhân, di chuyển người cao tuổi", 3, ["cham-soc-ve-sinh-ca-nhan-cho-nguoi-cao-tuoi", "di-chuyen-va-nang-do-nguoi-benh-an-toan", "cham-soc-nguoi-benh-nam-lau-phong-loet"]),
    m("CSNCT.MĐ02", "Dinh dưỡng, dùng thuốc và theo dõi dấu hiệu sinh tồn", 3, ["ho-tro-nguoi-cao-tuoi-an-uong-va-dung-thuoc", "nau-an-dinh-duong-cho-nguoi-cao-tuoi-nguoi-benh", "theo-doi-mach-nhiet-do-huyet-ap"]),
    m("CSNCT.MĐ03", "Giao tiếp, hỗ trợ tinh thần và sơ cứu", 2, ["giao-tiep-va-ho-tro-tinh-than-nguoi-cao-tuoi", "so-cuu-co-ban", "cham-soc-nguoi-sa-sut-tri-tue"]),
]
THUY_CANH = [
    m("TC.MĐ01", "Ươm cây con và hệ thống thủy canh tĩnh", 2, ["uom-cay-con-trong-khay-bau", "trong-rau-thuy-canh-tinh"]),
    m("TC.MĐ02", "Thủy canh hồi lưu NFT; pha chế và điều chỉnh dung dịch", 3, ["trong-rau-thuy-canh-hoi-luu-nft", "pha-che-dung-dich-dinh-duong-thuy-canh", "do-va-dieu-chinh-ec-ph-dung-dich-dinh-duong"], ["TC.MĐ01"]),
    m("TC.MĐ03", "Quản lý dịch hại, thu hoạch, nhật ký và truy xuất", 2, ["quan-ly-dich-hai-trong-nha-mang", "thu-hoach-va-so-che-rau-qua", "ghi-chep-nhat-ky-san-xuat", "truy-xuat-nguon-goc-nong-san-bang-ma-qr"]),
]
NHA_MANG = [
    m("NM.MĐ01", "Nhà màng, tiểu khí hậu và tưới tự động", 3, ["dieu-khien-tieu-khi-hau-trong-nha-mang", "van-hanh-va-bao-duong-he-thong-tuoi-tu-dong", "bon-phan-qua-he-thong-tuoi-fertigation"]),
    m("NM.MĐ02", "Trồng dưa lưới, cà chua, dưa chuột trên giá thể", 3, ["trong-dua-luoi-trong-nha-mang", "trong-ca-chua-dua-chuot-trong-nha-mang", "trong-cay-tren-gia-the-xo-dua-trau-hun", "uom-cay-con-trong-khay-bau"]),
    m("NM.MĐ03", "Quản lý dịch hại và nhật ký sản xuất", 2, ["quan-ly-dich-hai-trong-nha-mang", "ghi-chep-nhat-ky-san-xuat"]),
]
DRONE = [
    m("DR.01", "Vận hành drone phun thuốc", 2, ["van-hanh-drone-phun-thuoc-bao-ve-thuc-vat", "lap-ke-hoach-bay-va-bao-duong-drone", "su-dung-ban-do-so-va-ung-dung-dinh-vi"]),
    m("DR.02", "Thuốc bảo vệ thực vật và bảo hộ", 1, ["su-dung-thuoc-bao-ve-thuc-vat-an-toan", "su-dung-hoa-chat-an-toan", "su-dung-trang-bi-bao-ho-lao-dong"]),
]
IOT = [
    m("IOT.01", "Cảm biến, bộ điều khiển và Wi-Fi trang trại", 2, ["lap-dat-cam-bien-iot-trang-trai", "lap-dat-va-cau-hinh-mang-wi-fi"]),
    m("IOT.02", "Giám sát, điều khiển trang trại qua điện thoại", 1, ["giam-sat-dieu-khien-trang-trai-qua-dien-thoai", "van-hanh-va-bao-duong-he-thong-tuoi-tu-dong"], ["IOT.01"]),
]
GA = [
    m("GA.01", "Chuồng trại, thức ăn và nuôi gà thả vườn an toàn sinh học", 1, ["chan-nuoi-ga-tha-vuon-an-toan-sinh-hoc", "lam-chuong-trai-chan-nuoi-hop-ve-sinh", "phoi-tron-thuc-an-chan-nuoi"]),
    m("GA.02", "Tiêm phòng và trị bệnh gia cầm", 1, ["tiem-phong-vac-xin-cho-vat-nuoi", "phong-va-tri-benh-thuong-gap-o-gia-cam", "thuc-hien-an-toan-sinh-hoc-trong-chan-nuoi"]),
]
HAN = [
    m("HĐ.MĐ01", "An toàn, chuẩn bị phôi và đọc bản vẽ", 2, ["su-dung-trang-bi-bao-ho-lao-dong", "phong-chay-chua-chay-co-ban", "chuan-bi-phoi-va-vat-mep-han", "doc-ban-ve-ky-thuat-co-khi"]),
    m("HĐ.MĐ02", "Hàn hồ quang tay (SMAW)", 3, ["han-ho-quang-tay-smaw", "kiem-tra-khuyet-tat-moi-han"], ["HĐ.MĐ01"]),
    m("HĐ.MĐ03", "Hàn MIG/MAG và cắt kim loại bằng khí, plasma", 3, ["han-mig-mag", "cat-kim-loai-bang-khi-va-plasma"], ["HĐ.MĐ02"]),
]
DCN = [
    m("ĐCN.MĐ01", "An toàn điện và đo lường điện", 2, ["an-toan-dien", "su-dung-dong-ho-van-nang", "doc-so-do-mach-dien", "tinh-chon-day-dan-va-thiet-bi-dien"]),
    m("ĐCN.MĐ02", "Động cơ điện ba pha và mạch khởi động từ", 3, ["lap-dat-va-dau-noi-dong-co-dien-ba-pha", "lap-mach-dieu-khien-dong-co-bang-khoi-dong-tu"], ["ĐCN.MĐ01"]),
    m("ĐCN.MĐ03", "Tủ điện công nghiệp, bảo trì thiết bị điện", 3, ["lap-dat-tu-dien-dieu-khien-cong-nghiep", "bao-tri-thiet-bi-dien-cong-nghiep"], ["ĐCN.MĐ02"]),
    m("ĐCN.MĐ04", "PLC cơ bản", 2, ["lap-trinh-plc-co-ban"], ["ĐCN.MĐ02"]),
]
CNC = [
    m("CNC.MĐ01", "Đọc bản vẽ cơ khí và dụng cụ đo", 2, ["doc-ban-ve-ky-thuat-co-khi", "su-dung-thuoc-cap-panme-va-dung-cu-do", "an-toan-lao-dong"]),
    m("CNC.MĐ02", "Vận hành máy tiện, phay CNC; gá đặt phôi", 3, ["van-hanh-may-tien-cnc", "van-hanh-may-phay-cnc", "ga-dat-phoi-va-dao-cat"], ["CNC.MĐ01"]),
    m("CNC.MĐ03", "Lập trình CNC cơ bản (G-code)", 3, ["lap-trinh-cnc-co-ban-g-code"], ["CNC.MĐ02"]),
]
DIEN_LANH = [
    m("ĐL.MĐ01", "An toàn điện, đồng hồ vạn năng, sơ đồ mạch", 2, ["an-toan-dien", "su-dung-dong-ho-van-nang", "doc-so-do-mach-dien"]),
    m("ĐL.MĐ02", "Lắp đặt, vệ sinh, nạp gas điều hòa; hàn ống đồng", 3, ["lap-dat-dieu-hoa-khong-khi", "ve-sinh-bao-duong-dieu-hoa", "nap-gas-dieu-hoa", "han-ong-dong"], ["ĐL.MĐ01"]),
    m("ĐL.MĐ03", "Sửa điều hòa inverter, tủ lạnh, tủ đông", 3, ["chan-doan-va-sua-loi-dieu-hoa-inverter", "sua-chua-tu-lanh-tu-dong"], ["ĐL.MĐ02"]),
]
DIEN_TU = [
    m("ĐT.01", "Linh kiện, ESD và lắp ráp bo mạch theo quy trình", 1, ["nhan-biet-linh-kien-dien-tu-co-ban", "phong-chong-tinh-dien-esd-trong-san-xuat-dien-tu", "lap-rap-bo-mach-dien-tu-theo-quy-trinh", "lam-viec-tren-day-chuyen-san-xuat"]),
    m("ĐT.02", "Hàn linh kiện, kiểm tra ngoại quan, 5S", 1, ["han-linh-kien-dien-tu", "kiem-tra-ngoai-quan-san-pham", "ap-dung-5s-tai-noi-lam-viec", "tuan-thu-ky-luat-va-noi-quy-lao-dong"]),
]
SOLAR = [
    m("NLMT.01", "Lắp đặt tấm pin, nối đất chống sét, làm việc trên cao", 2, ["lap-dat-tam-pin-nang-luong-mat-troi", "lap-dat-he-thong-noi-dat-chong-set", "lam-viec-an-toan-tren-cao"], ["ĐDD.MĐ01"]),
    m("NLMT.02", "Inverter, đấu nối và bảo dưỡng hệ thống", 2, ["lap-dat-inverter-va-dau-noi-dien-mat-troi", "bao-duong-he-thong-dien-mat-troi"], ["NLMT.01"]),
]
MAY_CN = [
    m("MCN.MĐ01", "Vận hành máy may công nghiệp, máy vắt sổ", 2, ["van-hanh-may-may-cong-nghiep", "van-hanh-may-vat-so-may-hai-kim", "an-toan-lao-dong"]),
    m("MCN.MĐ02", "May hoàn chỉnh áo sơ mi, quần âu theo tài liệu kỹ thuật", 3, ["may-hoan-chinh-ao-so-mi-quan-au", "doc-va-thuc-hien-tai-lieu-ky-thuat-hang-may"], ["MCN.MĐ01"]),
    m("MCN.MĐ03", "Làm việc trên dây chuyền, 5S và nội quy", 1, ["lam-viec-tren-day-chuyen-san-xuat", "ap-dung-5s-tai-noi-lam-viec", "tuan-thu-ky-luat-va-noi-quy-lao-dong"]),
]
MAY_DN = [  # enterprise-run short course: on-the-job sewing
    m("MPX.01", "Máy may công nghiệp và an toàn", 1, ["van-hanh-may-may-cong-nghiep", "an-toan-lao-dong"]),
    m("MPX.02", "May theo công đoạn trên dây chuyền", 1, ["lam-viec-tren-day-chuyen-san-xuat", "doc-va-thuc-hien-tai-lieu-ky-thuat-hang-may", "tuan-thu-ky-luat-va-noi-quy-lao-dong"]),
]
HOA = [
    m("HOA.01", "Trồng, chăm sóc hoa cúc, hoa hồng thương phẩm", 1, ["trong-va-cham-soc-hoa-cuc-hoa-hong", "bon-phan-can-doi-va-hop-ly", "phong-tru-sau-benh-theo-ipm"]),
    m("HOA.02", "Nhân giống và tưới phun sương", 1, ["nhan-giong-cay-bang-giam-chiet-ghep", "lap-dat-he-thong-tuoi-phun-mua-phun-suong"]),
]
KHAM = [
    m("KT.MĐ01", "Cưa, cắt, mài trai ốc", 2, ["cua-cat-va-mai-trai-oc", "su-dung-va-mai-sac-duc-cham"]),
    m("KT.MĐ02", "Khảm trai, khảm vỏ trứng", 3, ["kham-trai-kham-vo-trung", "cham-khac-go"], ["KT.MĐ01"]),
    m("KT.MĐ03", "Thiết kế mẫu sản phẩm khảm", 2, ["thiet-ke-mau-san-pham-thu-cong-my-nghe"], ["KT.MĐ02"]),
]
KHAM_BD = [  # recognition of prior skill for practising inlayers
    m("KT.BD01", "Ôn luyện và đánh giá kỹ năng khảm trai", 2, ["cua-cat-va-mai-trai-oc", "kham-trai-kham-vo-trung", "su-dung-va-mai-sac-duc-cham"]),
]
SON_MAI = [
    m("SM.MĐ01", "Chuẩn bị vóc, hóa chất an toàn", 2, ["chuan-bi-voc-son-mai", "su-dung-hoa-chat-an-toan"]),
    m("SM.MĐ02", "Sơn, mài, đánh bóng; thếp vàng bạc", 3, ["son-mai-va-danh-bong-son-mai", "thep-vang-bac-trang-tri"], ["SM.MĐ01"]),
    m("SM.MĐ03", "Khảm trang trí và thiết kế mẫu", 2, ["kham-trai-kham-vo-trung", "thiet-ke-mau-san-pham-thu-cong-my-nghe"], ["SM.MĐ02"]),
]
MAY_TRE = [
    m("MT.MĐ01", "Sơ chế nguyên liệu, chẻ và vót nan", 1, ["so-che-xu-ly-nguyen-lieu-may-tre", "che-va-vot-nan"]),
    m("MT.MĐ02", "Đan lát, uốn và định hình khung sản phẩm", 2, ["dan-lat-may-tre", "uon-va-dinh-hinh-khung-san-pham-may-tre"], ["MT.MĐ01"]),
    m("MT.MĐ03", "Hoàn thiện, kiểm tra và đóng gói hàng xuất khẩu", 1, ["hoan-thien-son-phu-san-pham-may-tre", "kiem-tra-va-dong-goi-hang-thu-cong-my-nghe"], ["MT.MĐ02"]),
]
MAY_TRE_BD = [
    m("MT.BD01", "Ôn luyện, đánh giá kỹ năng đan lát và hoàn thiện", 1, ["dan-lat-may-tre", "che-va-vot-nan", "hoan-thien-son-phu-san-pham-may-tre", "kiem-tra-va-dong-goi-hang-thu-cong-my-nghe"]),
]
GOM = [
    m("GS.MĐ01", "Chuẩn bị đất, tạo hình trên bàn xoay và bằng khuôn", 3, ["chuan-bi-va-nhao-dat-lam-gom", "tao-hinh-gom-tren-ban-xoay", "tao-hinh-gom-bang-khuon"]),
    m("GS.MĐ02", "Sửa mộc, tráng men và nung lò gas", 3, ["sua-moc-va-hoan-thien-san-pham-gom", "pha-che-va-trang-men-gom", "nung-gom-bang-lo-gas", "an-toan-lao-dong"], ["GS.MĐ01"]),
]
VE_GOM = [
    m("VG.01", "Vẽ trang trí trên gốm", 2, ["ve-trang-tri-tren-gom", "pha-che-va-trang-men-gom"]),
    m("VG.02", "Đắp nổi, khắc và thiết kế mẫu", 1, ["dap-noi-khac-trang-tri-gom", "thiet-ke-mau-san-pham-thu-cong-my-nghe"]),
]
THVP = [
    m("THVP.01", "Máy tính, Internet, thư điện tử, lưu trữ đám mây", 1, ["su-dung-may-tinh-co-ban", "su-dung-internet-va-thu-dien-tu", "luu-tru-va-chia-se-tai-lieu-tren-dam-may", "go-ban-phim-muoi-ngon"]),
    m("THVP.02", "Word, Excel, PowerPoint", 2, ["soan-thao-van-ban-word", "su-dung-excel-co-ban", "lam-bai-trinh-chieu-powerpoint"], ["THVP.01"]),
    m("THVP.03", "An toàn thông tin và phòng lừa đảo", 1, ["an-toan-thong-tin-phong-lua-dao-truc-tuyen"]),
]
TMDT = [
    m("TMĐT.01", "Mở gian hàng, đăng sản phẩm, chụp ảnh bằng điện thoại", 1, ["quan-ly-gian-hang-san-thuong-mai-dien-tu", "dang-san-pham-va-viet-mo-ta-ban-hang", "chup-anh-san-pham-bang-dien-thoai"]),
    m("TMĐT.02", "Đơn hàng, đóng gói, vận chuyển, chăm sóc khách và thanh toán", 1, ["quan-ly-don-hang-tren-san-thuong-mai-dien-tu", "dong-goi-va-gui-hang-cho-don-vi-van-chuyen", "cham-soc-khach-hang-truc-tuyen", "thanh-toan-dien-tu-va-vi-dien-tu"]),
    m("TMĐT.03", "Bán hàng qua Zalo, Facebook", 1, ["ban-hang-qua-zalo-va-facebook", "an-toan-thong-tin-phong-lua-dao-truc-tuyen"]),
]
LIVE = [
    m("LS.01", "Kịch bản, kế hoạch nội dung và livestream bán hàng", 1, ["livestream-ban-hang-tren-tiktok-facebook", "xay-dung-kich-ban-livestream", "lap-ke-hoach-noi-dung-cho-kenh-tiktok"]),
    m("LS.02", "Quay, dựng video ngắn; chăm sóc khách trực tuyến", 1, ["quay-va-dung-video-ngan-bang-dien-thoai", "cham-soc-khach-hang-truc-tuyen", "dam-phan-va-thuyet-phuc-khach-hang"]),
]
DT = [
    m("SCĐT.MĐ01", "Linh kiện, đồng hồ vạn năng, chống tĩnh điện", 2, ["nhan-biet-linh-kien-dien-tu-co-ban", "su-dung-dong-ho-van-nang", "phong-chong-tinh-dien-esd-trong-san-xuat-dien-tu"]),
    m("SCĐT.MĐ02", "Thay màn hình, pin, chân sạc; cài đặt phần mềm", 2, ["thay-man-hinh-pin-chan-sac-dien-thoai", "cai-dat-phan-mem-va-cuu-du-lieu-dien-thoai"], ["SCĐT.MĐ01"]),
    m("SCĐT.MĐ03", "Hàn linh kiện và sửa main điện thoại", 3, ["han-linh-kien-dien-tu", "chan-doan-va-sua-chua-main-dien-thoai"], ["SCĐT.MĐ02"]),
]
KT_HTX = [
    m("KTHTX.MĐ01", "Chứng từ, sổ kế toán và thu chi tiền mặt", 3, ["lap-va-quan-ly-chung-tu-ke-toan", "ghi-so-ke-toan", "quan-ly-thu-chi-tien-mat"]),
    m("KTHTX.MĐ02", "Báo cáo tài chính đơn giản, kê khai thuế", 2, ["lap-bao-cao-tai-chinh-don-gian", "ke-khai-va-nop-thue"], ["KTHTX.MĐ01"]),
    m("KTHTX.MĐ03", "Excel và phần mềm kế toán", 2, ["su-dung-excel-co-ban", "su-dung-phan-mem-ke-toan"]),
]
KHOI_SU = [
    m("KS.01", "Ý tưởng, kế hoạch kinh doanh và thị trường", 1, ["khoi-su-kinh-doanh-ho-gia-dinh", "lap-ke-hoach-kinh-doanh", "tim-hieu-va-tiep-can-thi-truong"]),
    m("KS.02", "Giá thành, thu chi, vay vốn", 1, ["tinh-gia-thanh-va-loi-nhuan", "quan-ly-thu-chi-tien-mat", "vay-von-va-su-dung-von-vay-hieu-qua"]),
]
KHOI_SU_PN = [
    m("PNKS.01", "Khởi sự kinh doanh hộ gia đình cho phụ nữ", 1, ["khoi-su-kinh-doanh-ho-gia-dinh", "tinh-gia-thanh-va-loi-nhuan", "quan-ly-tai-chinh-ca-nhan-gia-dinh"]),
    m("PNKS.02", "Bán hàng qua Zalo, Facebook và vay vốn ưu đãi", 1, ["ban-hang-qua-zalo-va-facebook", "vay-von-va-su-dung-von-vay-hieu-qua"]),
]
MAY_NN = [
    m("MNN.MĐ01", "Vận hành an toàn, bôi trơn, vòng bi, dây đai", 2, ["van-hanh-may-nong-nghiep-an-toan", "boi-tron-may-moc", "thao-lap-thay-the-vong-bi-banh-rang-day-dai", "an-toan-lao-dong"]),
    m("MNN.MĐ02", "Sửa chữa động cơ diesel nhỏ", 3, ["sua-chua-dong-co-diesel-nho"], ["MNN.MĐ01"]),
    m("MNN.MĐ03", "Sửa máy cày, máy gặt đập liên hợp; hàn hồ quang", 3, ["sua-chua-may-lam-dat-may-cay", "sua-chua-may-gat-dap-lien-hop", "han-ho-quang-tay-smaw"], ["MNN.MĐ02"]),
]
HDV = [
    m("HDV.01", "Thuyết minh điểm du lịch Hương Sơn", 1, ["thuyet-minh-diem-du-lich", "giao-tiep-voi-khach-hang", "to-chuc-trai-nghiem-du-lich-nong-nghiep-lang-nghe"]),
    m("HDV.02", "Xử lý tình huống, sơ cứu, tiếng Anh giao tiếp", 1, ["xu-ly-yeu-cau-va-phan-nan-cua-khach", "so-cuu-co-ban", "tieng-anh-giao-tiep-co-ban"]),
]
NAM = [
    m("NAM.01", "Nguyên liệu, đóng bịch, meo giống", 1, ["xu-ly-nguyen-lieu-va-dong-bich-phoi-nam", "nhan-giong-nam-meo-giong"]),
    m("NAM.02", "Chăm sóc, thu hái, sơ chế nấm", 1, ["trong-va-cham-soc-nam-so-nam-rom", "thu-hai-va-so-che-nam", "ghi-chep-nhat-ky-san-xuat"]),
]
LON = [
    m("LON.01", "Nuôi lợn thịt, lợn nái an toàn sinh học", 1, ["nuoi-lon-thit", "cham-soc-lon-nai-va-lon-con", "thuc-hien-an-toan-sinh-hoc-trong-chan-nuoi"]),
    m("LON.02", "Phòng bệnh và xử lý chất thải bằng biogas", 1, ["phong-va-tri-benh-thuong-gap-o-lon", "tiem-phong-vac-xin-cho-vat-nuoi", "xu-ly-chat-thai-chan-nuoi-bang-ham-biogas"]),
]
OTO = [
    m("OTO.MĐ01", "Bảo dưỡng định kỳ ô tô, an toàn", 3, ["bao-duong-dinh-ky-o-to", "an-toan-lao-dong"]),
    m("OTO.MĐ02", "Động cơ, phanh, lái và treo", 4, ["sua-chua-dong-co-o-to", "sua-chua-he-thong-phanh-o-to", "sua-chua-he-thong-lai-va-treo-o-to"], ["OTO.MĐ01"]),
    m("OTO.MĐ03", "Điện thân xe và máy chẩn đoán OBD", 3, ["sua-chua-he-thong-dien-than-xe-o-to", "su-dung-may-chan-doan-o-to-obd"], ["OTO.MĐ02"]),
]
SPA = [
    m("SPA.01", "Chăm sóc da mặt, gội đầu dưỡng sinh", 1, ["cham-soc-da-mat-co-ban", "goi-dau-va-massage-da-dau", "ve-sinh-va-khu-trung-dung-cu-lam-dep"]),
    m("SPA.02", "Trang điểm cơ bản, hóa chất an toàn", 1, ["trang-diem-co-ban", "su-dung-hoa-chat-an-toan", "giao-tiep-voi-khach-hang"]),
]
NAIL = [
    m("NAIL.01", "Chăm sóc, sơn móng; vệ sinh dụng cụ", 1, ["cham-soc-va-son-mong-tay-mong-chan", "ve-sinh-va-khu-trung-dung-cu-lam-dep", "su-dung-hoa-chat-an-toan"]),
    m("NAIL.02", "Đắp móng bột, móng gel", 1, ["dap-mong-bot-mong-gel", "giao-tiep-voi-khach-hang"], ["NAIL.01"]),
]
BANH = [
    m("LB.01", "Bánh mì, bánh ngọt và trang trí bánh kem", 1, ["lam-banh-mi-banh-ngot", "trang-tri-banh-kem", "bao-dam-ve-sinh-an-toan-thuc-pham"]),
    m("LB.02", "Bánh truyền thống, bảo quản và tính giá thành", 1, ["lam-banh-truyen-thong", "bao-quan-thuc-pham-dung-cach", "tinh-gia-thanh-va-loi-nhuan"]),
]
NE = [
    m("NE.MĐ01", "Đọc bản vẽ, định vị, an toàn trên cao", 1, ["doc-ban-ve-xay-dung", "dinh-vi-lay-cot-cong-trinh-don-gian", "lam-viec-an-toan-tren-cao", "an-toan-lao-dong"]),
    m("NE.MĐ02", "Trộn vữa, xây tường, trát tường", 2, ["tron-vua-va-be-tong", "xay-tuong-gach", "trat-tuong"], ["NE.MĐ01"]),
    m("NE.MĐ03", "Đổ, đầm bê tông và ốp lát", 2, ["do-va-dam-be-tong", "op-lat-gach"], ["NE.MĐ02"]),
]
VIETGAP = [
    m("VG.RAU01", "Kế hoạch sản xuất và điều kiện VietGAP", 1, ["lap-ke-hoach-san-xuat-rau-theo-vietgap", "danh-gia-dieu-kien-san-xuat-theo-vietgap", "ghi-chep-nhat-ky-san-xuat", "chuan-bi-ho-so-chung-nhan-vietgap"]),
    m("VG.RAU02", "IPM, thuốc BVTV an toàn, thu hoạch", 1, ["phong-tru-sau-benh-theo-ipm", "su-dung-thuoc-bao-ve-thuc-vat-an-toan", "thu-hoach-va-so-che-rau-qua", "bon-phan-can-doi-va-hop-ly"]),
]
MOC = [
    m("MOC.MĐ01", "Chọn gỗ, pha xẻ và máy chế biến gỗ", 2, ["chon-va-pha-xe-go", "van-hanh-may-che-bien-go", "an-toan-lao-dong"]),
    m("MOC.MĐ02", "Gia công mộng, lắp ráp đồ gỗ nội thất", 3, ["gia-cong-mong-va-lap-rap-do-go", "su-dung-dung-cu-dien-cam-tay"], ["MOC.MĐ01"]),
    m("MOC.MĐ03", "Chà nhám và sơn hoàn thiện", 2, ["cha-nham-va-son-hoan-thien-do-go"], ["MOC.MĐ02"]),
]
KY_NANG_SO = [
    m("KNS.01", "Điện thoại thông minh, Internet, dịch vụ công trực tuyến", 1, ["su-dung-internet-va-thu-dien-tu", "su-dung-dich-vu-cong-truc-tuyen", "thanh-toan-dien-tu-va-vi-dien-tu"]),
    m("KNS.02", "Phòng lừa đảo trực tuyến", 1, ["an-toan-thong-tin-phong-lua-dao-truc-tuyen"]),
]
XE_NANG = [
    m("XN.01", "Kiểm tra xe, vận hành xe nâng an toàn", 1, ["van-hanh-xe-nang-hang", "kiem-tra-xe-truoc-khi-van-hanh", "an-toan-lao-dong", "su-dung-trang-bi-bao-ho-lao-dong"]),
    m("XN.02", "Sắp xếp hàng hóa trong kho", 1, ["sap-xep-boc-xep-hang-hoa-trong-kho"]),
]
CA = [
    m("CA.01", "Cải tạo ao, quản lý nước và thức ăn", 1, ["chuan-bi-va-cai-tao-ao-nuoi", "quan-ly-moi-truong-nuoc-ao-nuoi", "cho-ca-an-va-quan-ly-thuc-an"]),
    m("CA.02", "Phòng trị bệnh cá, thu hoạch", 1, ["phong-va-tri-benh-ca", "thu-hoach-va-van-chuyen-ca-song", "ghi-chep-nhat-ky-san-xuat"]),
]
CAY_AN_QUA = [
    m("CAQ.01", "Trồng mới, cắt tỉa, tạo tán", 1, ["trong-moi-va-cham-soc-cay-an-qua", "cat-tia-tao-tan-cay-an-qua", "nhan-giong-cay-bang-giam-chiet-ghep"]),
    m("CAQ.02", "Ra hoa, đậu quả, bao quả; IPM", 1, ["xu-ly-ra-hoa-dau-qua-cay-an-qua", "bao-qua-va-cham-soc-qua", "phong-tru-sau-benh-theo-ipm", "bon-phan-can-doi-va-hop-ly"]),
]
GIUP_VIEC = [
    m("GV.01", "Dọn dẹp, giặt là, nấu ăn gia đình", 1, ["don-dep-ve-sinh-nha-cua", "giat-la-va-cham-soc-quan-ao", "nau-cac-mon-an-viet-nam", "so-che-nguyen-lieu-mon-an"]),
    m("GV.02", "An toàn thực phẩm, chăm sóc trẻ nhỏ, pháp luật lao động", 1, ["bao-quan-thuc-pham-dung-cach", "bao-dam-ve-sinh-an-toan-thuc-pham", "cham-soc-tre-so-sinh-va-tre-nho", "hieu-biet-phap-luat-lao-dong"]),
]

P = {  # providers
    "ttbv": "Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên Ba Vì",
    "nlbv": "Trường Trung cấp Nông lâm Ba Vì",
    "che": "Hợp tác xã chè Yên Bài",
    "dlst": "Trường Cao đẳng Du lịch và Dịch vụ Sơn Tây",
    "yt": "Trường Trung cấp Y tế và Chăm sóc sức khỏe Thường Tín",
    "nnc": "Trường Cao đẳng Nông nghiệp công nghệ cao Hà Nội",
    "ttss": "Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên Sóc Sơn",
    "cdss": "Trường Cao đẳng Kỹ thuật công nghiệp Sóc Sơn",
    "tcda": "Trường Trung cấp Công nghệ Đông Anh",
    "tcml": "Trường Trung cấp Kỹ thuật Mê Linh",
    "hoaml": "Hợp tác xã hoa Mê Linh",
    "maypx": "Công ty TNHH May Phú Xuyên – Trung tâm đào tạo",
    "kham": "Hợp tác xã khảm trai Chuyên Mỹ",
    "sonmai": "Hợp tác xã sơn mài Hạ Thái",
    "maytre": "Hợp tác xã mây tre đan Phú Vinh",
    "gom": "Hợp tác xã gốm sứ Bát Tràng",
    "kns": "Trung tâm Đào tạo kỹ năng số Hoà Lạc",
    "vd": "Trường Trung cấp Kinh tế – Kỹ thuật Vân Đình",
    "pnuh": "Hội Liên hiệp Phụ nữ xã Ứng Hoà",
    "dlhs": "Công ty Cổ phần Du lịch Hương Sơn",
    "ttmd": "Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên Mỹ Đức",
    "cdpn": "Trường Cao đẳng Cơ khí – Điện Phú Nghĩa",
    "ttgl": "Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên Gia Lâm",
    "ttqo": "Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên Quốc Oai",
    "cdhl": "Trường Cao đẳng nghề Hoà Lạc",
    "ttuh": "Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên Ứng Hoà",
}

# (id, title, provider, level, occupation, commune, delivery, start, weeks, schedule, fee, subsidy, certificate, seats, modules)
C = [
    (101, "Sửa chữa xe máy", "ttbv", "so_cap", "tho-sua-chua-xe-may", BA_VI, "in_person", "2027-02-22", 12, "weekday", 4_500_000, 3_000_000, "Chứng chỉ sơ cấp Sửa chữa xe máy", 25, XM),
    (102, "Sửa chữa xe máy", "ttbv", "so_cap", "tho-sua-chua-xe-may", BA_VI, "in_person", "2027-08-02", 12, "weekday", 4_500_000, 3_000_000, "Chứng chỉ sơ cấp Sửa chữa xe máy", 25, XM),
    (103, "Sửa chữa xe máy", "ttbv", "so_cap", "tho-sua-chua-xe-may", BA_VI, "in_person", "2027-03-08", 16, "evening", 4_500_000, 3_000_000, "Chứng chỉ sơ cấp Sửa chữa xe máy", 20, XM),
    (104, "Sửa chữa xe máy", "ttbv", "so_cap", "tho-sua-chua-xe-may", BA_VI, "in_person", "2027-01-04", 12, "weekday", 4_500_000, 3_000_000, "Chứng chỉ sơ cấp Sửa chữa xe máy", 25, XM),
    (105, "Điện dân dụng", "ttbv", "so_cap", "tho-dien-dan-dung", BA_VI, "in_person", "2027-03-01", 12, "weekday", 4_000_000, 3_000_000, "Chứng chỉ sơ cấp Điện dân dụng", 25, DDD),
    (106, "Điện dân dụng", "ttbv", "so_cap", "tho-dien-dan-dung", BA_VI, "in_person", "2026-12-14", 12, "weekday", 4_000_000, 3_000_000, "Chứng chỉ sơ cấp Điện dân dụng", 25, DDD),
    (107, "Chăn nuôi bò sữa", "nlbv", "so_cap", "nguoi-chan-nuoi-bo-sua", SUOI_HAI, "in_person", "2027-03-08", 10, "weekday", 3_500_000, 2_500_000, "Chứng chỉ sơ cấp Chăn nuôi bò sữa", 25, BO_SUA),
    (108, "Trồng, chăm sóc và sao chè theo hướng hữu cơ", "che", "short_course", "nguoi-trong-va-che-bien-che", YEN_BAI, "in_person", "2027-02-27", 6, "weekend", 1_200_000, 1_200_000, None, 30, CHE),
    (109, "Kinh doanh homestay và du lịch cộng đồng", "dlst", "so_cap", "nguoi-kinh-doanh-homestay-du-lich-cong-dong", BA_VI, "blended", "2027-03-15", 8, "weekday", 3_000_000, 2_000_000, "Chứng chỉ sơ cấp Nghiệp vụ lưu trú du lịch", 25, HOMESTAY),
    (110, "Kỹ thuật chế biến món ăn", "dlst", "so_cap", "dau-bep", SON_TAY, "in_person", "2027-03-01", 12, "weekday", 5_500_000, 3_000_000, "Chứng chỉ sơ cấp Kỹ thuật chế biến món ăn", 30, BEP),
    (111, "Kỹ thuật chế biến món ăn", "dlst", "so_cap", "dau-bep", SON_TAY, "in_person", "2027-05-10", 12, "weekday", 5_500_000, 3_000_000, "Chứng chỉ sơ cấp Kỹ thuật chế biến món ăn", 30, BEP),
    (112, "Chăm sóc người cao tuổi", "yt", "so_cap", "nhan-vien-cham-soc-nguoi-cao-tuoi", THUONG_TIN, "in_person", "2027-02-22", 12, "weekday", 6_000_000, 3_000_000, "Chứng chỉ sơ cấp Chăm sóc người cao tuổi", 30, NCT),
    (113, "Chăm sóc người cao tuổi", "yt", "so_cap", "nhan-vien-cham-soc-nguoi-cao-tuoi", THUONG_TIN, "in_person", "2027-03-06", 20, "weekend", 6_000_000, 3_000_000, "Chứng chỉ sơ cấp Chăm sóc người cao tuổi", 30, NCT),
    (114, "Trồng rau thủy canh", "nnc", "so_cap", "ky-thuat-vien-trong-rau-thuy-canh", CHUONG_MY, "in_person", "2027-03-01", 10, "weekday", 4_800_000, 3_000_000, "Chứng chỉ sơ cấp Trồng rau thủy canh", 25, THUY_CANH),
    (115, "Trồng rau thủy canh", "nnc", "so_cap", "ky-thuat-vien-trong-rau-thuy-canh", CHUONG_MY, "in_person", "2027-08-02", 10, "weekday", 4_800_000, 3_000_000, "Chứng chỉ sơ cấp Trồng rau thủy canh", 25, THUY_CANH),
    (116, "Trồng rau, dưa lưới trong nhà màng", "nnc", "so_cap", "nguoi-trong-rau-dua-trong-nha-mang", CHUONG_MY, "blended", "2027-03-15", 12, "weekday", 5_500_000, 3_000_000, "Chứng chỉ sơ cấp Trồng rau, dưa trong nhà màng", 25, NHA_MANG),
    (117, "Vận hành drone phun thuốc bảo vệ thực vật", "nnc", "short_course", "nguoi-van-hanh-drone-nong-nghiep", CHUONG_MY, "in_person", "2027-02-22", 4, "weekday", 8_000_000, 2_000_000, None, 15, DRONE),
    (118, "Nông nghiệp thông minh: IoT cho trang trại", "nnc", "short_course", "ky-thuat-vien-nong-nghiep-thong-minh", CHUONG_MY, "blended", "2027-03-06", 6, "weekend", 3_500_000, 1_000_000, None, 20, IOT),
    (119, "Sửa chữa xe máy", "ttss", "so_cap", "tho-sua-chua-xe-may", SOC_SON, "in_person", "2027-03-01", 12, "weekday", 4_200_000, 3_000_000, "Chứng chỉ sơ cấp Sửa chữa xe máy", 25, XM),
    (120, "Điện dân dụng", "ttss", "so_cap", "tho-dien-dan-dung", SOC_SON, "in_person", "2027-02-22", 16, "evening", 4_000_000, 3_000_000, "Chứng chỉ sơ cấp Điện dân dụng", 25, DDD),
    (121, "Chăn nuôi gà thả vườn an toàn sinh học", "ttss", "short_course", "nguoi-chan-nuoi-gia-cam", SOC_SON, "in_person", "2027-03-15", 6, "weekday", 1_500_000, 1_500_000, None, 30, GA),
    (122, "Hàn điện", "cdss", "so_cap", "tho-han", DA_PHUC, "in_person", "2027-03-01", 12, "weekday", 6_500_000, 3_000_000, "Chứng chỉ sơ cấp Hàn điện", 20, HAN),
    (123, "Hàn điện", "cdss", "so_cap", "tho-han", DA_PHUC, "in_person", "2027-04-19", 12, "weekday", 6_500_000, 3_000_000, "Chứng chỉ sơ cấp Hàn điện", 20, HAN),
    (124, "Điện công nghiệp", "cdss", "so_cap", "tho-dien-cong-nghiep", DA_PHUC, "in_person", "2027-03-01", 16, "weekday", 7_000_000, 3_000_000, "Chứng chỉ sơ cấp Điện công nghiệp", 20, DCN),
    (125, "Vận hành máy CNC", "cdss", "so_cap", "tho-van-hanh-may-cnc", DA_PHUC, "in_person", "2027-03-15", 12, "weekday", 8_000_000, 3_000_000, "Chứng chỉ sơ cấp Vận hành máy CNC", 18, CNC),
    (126, "Lắp đặt và sửa chữa điện lạnh", "tcda", "so_cap", "tho-dien-lanh", DONG_ANH, "in_person", "2027-03-08", 12, "evening", 5_000_000, 2_500_000, "Chứng chỉ sơ cấp Điện lạnh", 20, DIEN_LANH),
    (127, "Lắp ráp linh kiện điện tử", "tcda", "short_course", "cong-nhan-lap-rap-linh-kien-dien-tu", DONG_ANH, "in_person", "2027-02-22", 4, "weekday", 1_500_000, 1_500_000, None, 40, DIEN_TU),
    (128, "Lắp đặt điện mặt trời áp mái", "tcda", "short_course", "tho-lap-dat-dien-mat-troi", DONG_ANH, "in_person", "2027-03-06", 6, "weekend", 4_000_000, 1_000_000, None, 20, SOLAR),
    (129, "Lái xe nâng hàng", "tcda", "short_course", "nguoi-lai-xe-nang-hang", DONG_ANH, "in_person", "2027-02-27", 3, "weekend", 3_500_000, 0, None, 20, XE_NANG),
    (130, "May công nghiệp", "tcml", "so_cap", "cong-nhan-may-cong-nghiep", ME_LINH, "in_person", "2027-03-01", 8, "weekday", 3_000_000, 3_000_000, "Chứng chỉ sơ cấp May công nghiệp", 30, MAY_CN),
    (131, "Trồng hoa cúc, hoa hồng thương phẩm", "hoaml", "short_course", "nguoi-trong-hoa-cay-canh", ME_LINH, "in_person", "2027-03-06", 6, "weekend", 1_000_000, 500_000, None, 30, HOA),
    (132, "May công nghiệp gắn với việc làm", "maypx", "short_course", "cong-nhan-may-cong-nghiep", PHU_XUYEN, "in_person", "2027-02-22", 6, "weekday", 0, 0, None, 40, MAY_DN),
    (133, "May công nghiệp gắn với việc làm", "maypx", "short_course", "cong-nhan-may-cong-nghiep", PHU_XUYEN, "in_person", "2027-03-22", 6, "weekday", 0, 0, None, 40, MAY_DN),
    (134, "May công nghiệp gắn với việc làm", "maypx", "short_course", "cong-nhan-may-cong-nghiep", PHU_XUYEN, "in_person", "2027-01-04", 6, "weekday", 0, 0, None, 40, MAY_DN),
    (135, "Khảm trai", "kham", "so_cap", "tho-kham-trai", CHUYEN_MY, "in_person", "2027-03-01", 12, "weekday", 3_000_000, 2_500_000, "Chứng chỉ sơ cấp Khảm trai", 20, KHAM),
    (136, "Bồi dưỡng và đánh giá kỹ năng nghề khảm trai", "kham", "short_course", "tho-kham-trai", CHUYEN_MY, "in_person", "2027-03-06", 4, "weekend", 800_000, 800_000, "Chứng chỉ sơ cấp Khảm trai", 20, KHAM_BD),
    (137, "Sơn mài mỹ nghệ", "sonmai", "so_cap", "tho-son-mai", THUONG_TIN, "in_person", "2027-03-08", 12, "weekday", 3_500_000, 2_500_000, "Chứng chỉ sơ cấp Sơn mài", 20, SON_MAI),
    (138, "Mây tre đan xuất khẩu", "maytre", "so_cap", "tho-may-tre-dan", PHU_NGHIA, "in_person", "2027-02-22", 8, "weekday", 2_000_000, 2_000_000, "Chứng chỉ sơ cấp Mây tre đan", 30, MAY_TRE),
    (139, "Mây tre đan xuất khẩu", "maytre", "so_cap", "tho-may-tre-dan", PHU_NGHIA, "in_person", "2027-04-05", 8, "weekday", 2_000_000, 2_000_000, "Chứng chỉ sơ cấp Mây tre đan", 30, MAY_TRE),
    (140, "Bồi dưỡng và đánh giá kỹ năng nghề mây tre đan", "maytre", "short_course", "tho-may-tre-dan", PHU_NGHIA, "in_person", "2027-03-06", 3, "weekend", 600_000, 600_000, "Chứng chỉ sơ cấp Mây tre đan", 30, MAY_TRE_BD),
    (141, "Gốm sứ: tạo hình, tráng men và nung", "gom", "so_cap", "tho-gom-su", BAT_TRANG, "in_person", "2027-03-01", 12, "weekday", 5_000_000, 3_000_000, "Chứng chỉ sơ cấp Gốm sứ", 20, GOM),
    (142, "Vẽ trang trí gốm", "gom", "short_course", "tho-ve-trang-tri-gom", BAT_TRANG, "in_person", "2027-03-06", 8, "weekend", 2_500_000, 1_000_000, None, 20, VE_GOM),
    (143, "Tin học văn phòng", "kns", "short_course", "nhan-vien-van-phong", HOA_LAC, "online", "2027-02-01", 8, "evening", 1_200_000, 0, None, 60, THVP),
    (144, "Tin học văn phòng", "kns", "short_course", "nhan-vien-van-phong", HOA_LAC, "online", "2027-03-01", 8, "evening", 1_200_000, 0, None, 60, THVP),
    (145, "Bán hàng trên sàn thương mại điện tử và Facebook", "kns", "short_course", "nhan-vien-ban-hang-thuong-mai-dien-tu", HOA_LAC, "online", "2027-02-22", 6, "evening", 1_500_000, 500_000, None, 60, TMDT),
    (146, "Livestream bán nông sản và sản phẩm làng nghề", "kns", "short_course", "nguoi-livestream-ban-hang", HOA_LAC, "blended", "2027-03-06", 4, "weekend", 1_800_000, 800_000, None, 30, LIVE),
    (147, "Sửa chữa điện thoại di động", "kns", "so_cap", "tho-sua-chua-dien-thoai", HOA_LAC, "in_person", "2027-03-01", 12, "weekday", 6_000_000, 2_000_000, "Chứng chỉ sơ cấp Sửa chữa điện thoại di động", 20, DT),
    (148, "Kỹ năng số cơ bản cho lao động nông thôn", "kns", "short_course", None, HOA_LAC, "online", "2027-02-01", 3, "evening", 0, 0, None, 200, KY_NANG_SO),
    (149, "Kế toán hợp tác xã", "vd", "so_cap", "ke-toan-hop-tac-xa", VAN_DINH, "blended", "2027-03-06", 12, "weekend", 4_000_000, 2_000_000, "Chứng chỉ sơ cấp Kế toán hợp tác xã", 25, KT_HTX),
    (150, "Khởi sự kinh doanh hộ gia đình", "vd", "short_course", None, VAN_DINH, "in_person", "2027-03-06", 4, "weekend", 600_000, 600_000, None, 40, KHOI_SU),
    (151, "Điện dân dụng", "vd", "so_cap", "tho-dien-dan-dung", VAN_DINH, "in_person", "2027-03-01", 16, "evening", 4_200_000, 3_000_000, "Chứng chỉ sơ cấp Điện dân dụng", 25, DDD),
    (152, "Sửa chữa máy nông nghiệp", "vd", "so_cap", "tho-sua-chua-may-nong-nghiep", VAN_DINH, "in_person", "2027-03-15", 12, "weekday", 4_500_000, 3_000_000, "Chứng chỉ sơ cấp Sửa chữa máy nông nghiệp", 20, MAY_NN),
    (153, "Khởi sự kinh doanh cho phụ nữ nông thôn", "pnuh", "short_course", None, UNG_HOA, "in_person", "2027-02-22", 4, "evening", 0, 0, None, 40, KHOI_SU_PN),
    (154, "Hướng dẫn viên du lịch tại điểm", "dlhs", "short_course", "huong-dan-vien-du-lich-tai-diem", HUONG_SON, "in_person", "2027-01-18", 3, "weekday", 2_000_000, 1_000_000, None, 30, HDV),
    (155, "Trồng nấm ăn", "ttmd", "short_course", "nguoi-trong-nam", MY_DUC, "in_person", "2027-03-01", 6, "weekday", 1_500_000, 1_500_000, None, 30, NAM),
    (156, "Chăn nuôi lợn an toàn sinh học", "ttmd", "short_course", "nguoi-chan-nuoi-lon", MY_DUC, "in_person", "2027-03-15", 6, "weekday", 1_500_000, 1_500_000, None, 30, LON),
    (157, "Hàn điện", "cdpn", "so_cap", "tho-han", PHU_NGHIA, "in_person", "2027-03-08", 12, "weekday", 6_000_000, 3_000_000, "Chứng chỉ sơ cấp Hàn điện", 20, HAN),
    (158, "Sửa chữa ô tô cơ bản", "cdpn", "so_cap", "tho-sua-chua-o-to", PHU_NGHIA, "in_person", "2027-03-08", 16, "weekday", 9_000_000, 3_000_000, "Chứng chỉ sơ cấp Sửa chữa ô tô", 20, OTO),
    (159, "Nấu ăn gia đình và cỗ tiệc", "ttgl", "short_course", "dau-bep", GIA_LAM, "in_person", "2027-03-01", 8, "evening", 2_500_000, 1_000_000, None, 30, BEP_NGAN),
    (160, "Chăm sóc da và trang điểm cơ bản", "ttgl", "short_course", "ky-thuat-vien-cham-soc-da", GIA_LAM, "in_person", "2027-03-01", 8, "evening", 3_000_000, 0, None, 20, SPA),
    (161, "Làm móng (nail)", "ttgl", "short_course", "tho-lam-mong", GIA_LAM, "in_person", "2027-03-06", 6, "weekend", 2_500_000, 0, None, 20, NAIL),
    (162, "Làm bánh", "ttgl", "short_course", "tho-lam-banh", GIA_LAM, "in_person", "2027-03-01", 6, "evening", 2_200_000, 700_000, None, 20, BANH),
    (163, "Giúp việc gia đình chuyên nghiệp", "ttgl", "short_course", "nguoi-giup-viec-gia-dinh", GIA_LAM, "in_person", "2027-02-22", 4, "weekday", 1_000_000, 1_000_000, None, 30, GIUP_VIEC),
    (164, "Kỹ thuật xây dựng: nề hoàn thiện", "ttqo", "so_cap", "tho-ne", QUOC_OAI, "in_person", "2027-03-01", 8, "weekday", 2_500_000, 2_500_000, "Chứng chỉ sơ cấp Kỹ thuật xây dựng", 30, NE),
    (165, "Trồng rau an toàn theo VietGAP", "ttqo", "short_course", "nguoi-trong-rau-an-toan-theo-vietgap", QUOC_OAI, "in_person", "2027-03-15", 4, "weekday", 1_000_000, 1_000_000, None, 30, VIETGAP),
    (166, "Mộc dân dụng: đồ gỗ nội thất", "cdhl", "so_cap", "tho-moc-dan-dung", THACH_THAT, "in_person", "2027-03-01", 12, "weekday", 4_500_000, 3_000_000, "Chứng chỉ sơ cấp Mộc dân dụng", 20, MOC),
    (167, "Nuôi cá nước ngọt", "ttuh", "short_course", "nguoi-nuoi-trong-thuy-san", UNG_HOA, "in_person", "2027-03-15", 4, "weekday", 1_200_000, 1_200_000, None, 30, CA),
    (168, "Trồng và chăm sóc cây ăn quả", "nlbv", "short_course", "nguoi-trong-cay-an-qua", MINH_CHAU, "in_person", "2027-03-01", 6, "weekday", 1_200_000, 1_200_000, None, 30, CAY_AN_QUA),
]

# (id, title, employer, occupation, commune, positions, wage_min, wage_max, type, expires, essential, optional)
D = [
    (501, "Công nhân chăm sóc, vắt sữa bò", "Hợp tác xã bò sữa Suối Hai", "nguoi-chan-nuoi-bo-sua", SUOI_HAI, 4, 6_500_000, 8_000_000, "permanent", "2027-03-31", ["cham-soc-va-nuoi-duong-bo-sua", "vat-sua-va-bao-quan-sua-tuoi"], ["trong-co-va-u-chua-thuc-an-xanh", "phat-hien-dong-duc-o-gia-suc"]),
    (502, "Thợ sửa xe máy", "Cửa hàng xe máy Hùng Vân", "tho-sua-chua-xe-may", BA_VI, 2, 7_000_000, 9_000_000, "permanent", "2027-04-30", ["bao-duong-dinh-ky-xe-may", "bao-duong-sua-chua-dong-co-xe-may", "sua-chua-he-thong-phanh-xe-may"], ["chan-doan-loi-phun-xang-dien-tu-fi", "sua-chua-bo-truyen-dong-xe-tay-ga"]),
    (503, "Lao động hái, sao chè vụ xuân", "Hợp tác xã chè Yên Bài", "nguoi-trong-va-che-bien-che", YEN_BAI, 10, 5_000_000, 6_000_000, "seasonal", "2027-04-30", ["hai-va-sao-che-thu-cong"], ["trong-va-cham-soc-cay-che"]),
    (504, "Nhân viên homestay (buồng phòng, nấu ăn)", "Homestay Ba Vì Xanh", "nguoi-kinh-doanh-homestay-du-lich-cong-dong", BA_VI, 3, 5_500_000, 7_000_000, "contract", "2027-03-31", ["don-buong-va-chuan-bi-phong-cho-khach", "nau-cac-mon-an-viet-nam", "giao-tiep-voi-khach-hang"], ["tieng-anh-giao-tiep-co-ban", "to-chuc-trai-nghiem-du-lich-nong-nghiep-lang-nghe"]),
    (505, "Thợ điện dân dụng", "Công ty TNHH Xây lắp điện Sơn Tây", "tho-dien-dan-dung", SON_TAY, 3, 8_000_000, 10_000_000, "permanent", "2027-03-31", ["an-toan-dien", "lap-dat-mang-dien-chieu-sang-trong-nha", "lap-dat-bang-dien-aptomat-va-thiet-bi-chong-giat"], ["di-day-dien-am-tuong-va-trong-ong", "kiem-tra-sua-chua-su-co-dien-gia-dinh"]),
    (506, "Phụ bếp, đầu bếp món Việt", "Nhà hàng Đồi Thông Sơn Tây", "dau-bep", SON_TAY, 2, 7_000_000, 9_000_000, "permanent", "2027-03-15", ["so-che-nguyen-lieu-mon-an", "nau-cac-mon-an-viet-nam", "bao-dam-ve-sinh-an-toan-thuc-pham"], ["che-bien-mon-an-co-tiec"]),
    (507, "Thợ sửa xe máy dịp Tết", "Cửa hàng xe máy Hùng Vân", "tho-sua-chua-xe-may", BA_VI, 1, 8_000_000, 10_000_000, "seasonal", "2027-01-05", ["bao-duong-dinh-ky-xe-may", "va-va-thay-sam-lop"], []),
    (508, "Nhân viên phục vụ nhà hàng khu nghỉ dưỡng", "Khu nghỉ dưỡng Ba Vì", "nhan-vien-phuc-vu-nha-hang", BA_VI, 5, 5_500_000, 6_500_000, "seasonal", "2027-05-31", ["phuc-vu-ban-theo-quy-trinh", "giao-tiep-voi-khach-hang"], ["bay-ban-an-va-chuan-bi-phong-an", "tieng-anh-giao-tiep-co-ban"]),
    (509, "Công nhân lắp ráp điện tử", "Công ty TNHH Điện tử Quang Minh", "cong-nhan-lap-rap-linh-kien-dien-tu", QUANG_MINH, 40, 7_000_000, 8_500_000, "permanent", "2027-03-31", ["lam-viec-tren-day-chuyen-san-xuat", "phong-chong-tinh-dien-esd-trong-san-xuat-dien-tu", "kiem-tra-ngoai-quan-san-pham"], ["han-linh-kien-dien-tu", "ap-dung-5s-tai-noi-lam-viec"]),
    (510, "Thợ hàn MIG/MAG", "Công ty Cổ phần Cơ khí Nội Bài", "tho-han", NOI_BAI, 6, 10_000_000, 13_000_000, "permanent", "2027-03-31", ["han-mig-mag", "han-ho-quang-tay-smaw", "doc-ban-ve-ky-thuat-co-khi"], ["kiem-tra-khuyet-tat-moi-han", "cat-kim-loai-bang-khi-va-plasma"]),
    (511, "Thợ điện bảo trì nhà máy", "Công ty Cổ phần Kỹ thuật điện Đông Anh", "tho-dien-cong-nghiep", DONG_ANH, 4, 10_000_000, 12_000_000, "permanent", "2027-03-31", ["an-toan-dien", "doc-so-do-mach-dien", "lap-dat-va-dau-noi-dong-co-dien-ba-pha", "bao-tri-thiet-bi-dien-cong-nghiep"], ["lap-trinh-plc-co-ban"]),
    (512, "Thợ vận hành máy CNC", "Công ty Cổ phần Cơ khí Đông Anh", "tho-van-hanh-may-cnc", DONG_ANH, 5, 11_000_000, 14_000_000, "permanent", "2027-04-15", ["van-hanh-may-phay-cnc", "van-hanh-may-tien-cnc", "doc-ban-ve-ky-thuat-co-khi"], ["lap-trinh-cnc-co-ban-g-code"]),
    (513, "Nhân viên kho vận", "Công ty TNHH Dịch vụ kho vận Đông Anh", "nhan-vien-kho-van", DONG_ANH, 8, 7_500_000, 9_000_000, "permanent", "2027-03-31", ["sap-xep-boc-xep-hang-hoa-trong-kho", "nhap-xuat-kho-va-kiem-ke-hang-hoa"], ["van-hanh-xe-nang-hang", "su-dung-phan-mem-quan-ly-kho-va-may-quet-ma-vach"]),
    (514, "Lái xe nâng hàng", "Công ty TNHH Dịch vụ kho vận Đông Anh", "nguoi-lai-xe-nang-hang", DONG_ANH, 3, 9_000_000, 11_000_000, "permanent", "2027-03-31", ["van-hanh-xe-nang-hang", "an-toan-lao-dong"], ["sap-xep-boc-xep-hang-hoa-trong-kho"]),
    (515, "Thợ lắp đặt, sửa chữa điều hòa", "Điện lạnh Sóc Sơn", "tho-dien-lanh", SOC_SON, 2, 8_000_000, 12_000_000, "permanent", "2027-04-30", ["lap-dat-dieu-hoa-khong-khi", "ve-sinh-bao-duong-dieu-hoa", "nap-gas-dieu-hoa"], ["chan-doan-va-sua-loi-dieu-hoa-inverter"]),
    (516, "Nhân viên bảo vệ khu công nghiệp", "Công ty TNHH Dịch vụ bảo vệ Sóc Sơn", "nhan-vien-bao-ve", SOC_SON, 6, 6_000_000, 7_000_000, "contract", "2027-03-31", ["tuan-tra-canh-gac-va-kiem-soat-ra-vao", "phong-chay-chua-chay-co-ban"], ["so-cuu-co-ban"]),
    (517, "Công nhân chăn nuôi gà", "Trang trại gà Minh Phú", "nguoi-chan-nuoi-gia-cam", SOC_SON, 3, 6_000_000, 7_000_000, "permanent", "2027-04-30", ["chan-nuoi-ga-tha-vuon-an-toan-sinh-hoc", "tiem-phong-vac-xin-cho-vat-nuoi"], ["phong-va-tri-benh-thuong-gap-o-gia-cam"]),
    (518, "Thợ xây công trình dân dụng", "Công ty TNHH Xây dựng Sóc Sơn", "tho-ne", SOC_SON, 10, 8_000_000, 10_000_000, "contract", "2027-04-30", ["xay-tuong-gach", "trat-tuong", "tron-vua-va-be-tong"], ["op-lat-gach", "doc-ban-ve-xay-dung"]),
    (519, "Công nhân trồng hoa", "Hợp tác xã hoa Mê Linh", "nguoi-trong-hoa-cay-canh", ME_LINH, 6, 6_000_000, 7_000_000, "seasonal", "2027-02-28", ["trong-va-cham-soc-hoa-cuc-hoa-hong"], ["phong-tru-sau-benh-theo-ipm", "nhan-giong-cay-bang-giam-chiet-ghep"]),
    (520, "Công nhân may", "Công ty Cổ phần May xuất khẩu Mê Linh", "cong-nhan-may-cong-nghiep", ME_LINH, 30, 7_000_000, 9_000_000, "permanent", "2027-04-30", ["van-hanh-may-may-cong-nghiep", "lam-viec-tren-day-chuyen-san-xuat"], ["may-hoan-chinh-ao-so-mi-quan-au"]),
    (521, "Công nhân vận hành máy ép nhựa", "Công ty TNHH Nhựa Quang Minh", "cong-nhan-van-hanh-may-ep-nhua", QUANG_MINH, 10, 7_500_000, 9_000_000, "permanent", "2027-03-31", ["van-hanh-may-ep-nhua", "lam-viec-tren-day-chuyen-san-xuat"], ["thay-khuon-va-dieu-chinh-thong-so-may-ep"]),
    (522, "Thợ tạo hình gốm", "Công ty TNHH Gốm sứ Bát Tràng", "tho-gom-su", BAT_TRANG, 4, 7_000_000, 10_000_000, "permanent", "2027-04-30", ["tao-hinh-gom-tren-ban-xoay", "sua-moc-va-hoan-thien-san-pham-gom"], ["pha-che-va-trang-men-gom"]),
    (523, "Thợ vẽ trang trí gốm", "Công ty TNHH Gốm sứ Bát Tràng", "tho-ve-trang-tri-gom", BAT_TRANG, 3, 7_000_000, 9_000_000, "permanent", "2027-04-30", ["ve-trang-tri-tren-gom"], ["dap-noi-khac-trang-tri-gom"]),
    (524, "Nhân viên livestream bán gốm", "Công ty TNHH Thương mại điện tử Bát Tràng", "nguoi-livestream-ban-hang", BAT_TRANG, 2, 7_000_000, 12_000_000, "permanent", "2027-03-31", ["livestream-ban-hang-tren-tiktok-facebook", "quay-va-dung-video-ngan-bang-dien-thoai"], ["cham-soc-khach-hang-truc-tuyen"]),
    (525, "Nhân viên bán hàng siêu thị", "Siêu thị Gia Lâm", "nhan-vien-ban-hang-cua-hang", GIA_LAM, 6, 6_000_000, 7_000_000, "permanent", "2027-03-31", ["tu-van-va-ban-hang-truc-tiep", "thu-ngan-va-su-dung-may-ban-hang-pos"], ["trung-bay-hang-hoa"]),
    (526, "Người giúp việc gia đình", "Công ty TNHH Dịch vụ gia đình Gia Lâm", "nguoi-giup-viec-gia-dinh", GIA_LAM, 3, 6_000_000, 8_000_000, "contract", "2027-03-31", ["don-dep-ve-sinh-nha-cua", "nau-cac-mon-an-viet-nam"], ["cham-soc-tre-so-sinh-va-tre-nho"]),
    (527, "Kỹ thuật viên spa", "Spa Hoa Sen Gia Lâm", "ky-thuat-vien-cham-soc-da", GIA_LAM, 2, 6_000_000, 9_000_000, "permanent", "2027-03-31", ["cham-soc-da-mat-co-ban", "goi-dau-va-massage-da-dau"], ["trang-diem-co-ban"]),
    (528, "Nhân viên giao hàng", "Công ty TNHH Giao vận Gia Lâm", "nhan-vien-giao-hang", GIA_LAM, 15, 8_000_000, 12_000_000, "contract", "2027-04-30", ["giao-nhan-hang-va-thu-tien-ho-cod", "su-dung-ban-do-so-va-ung-dung-dinh-vi"], ["thanh-toan-dien-tu-va-vi-dien-tu"]),
    (529, "Thợ đan mây tre (làm tại nhà)", "Hợp tác xã mây tre đan Phú Vinh", "tho-may-tre-dan", PHU_NGHIA, 20, 4_500_000, 6_000_000, "contract", "2027-05-31", ["dan-lat-may-tre", "che-va-vot-nan"], ["hoan-thien-son-phu-san-pham-may-tre"]),
    (530, "Thợ hàn kết cấu thép", "Công ty TNHH Cơ khí Tây Phương", "tho-han", PHU_NGHIA, 5, 10_000_000, 12_000_000, "permanent", "2027-03-31", ["han-ho-quang-tay-smaw", "han-mig-mag"], ["doc-ban-ve-ky-thuat-co-khi", "gia-cong-khung-keo-cua-sat"]),
    (531, "Công nhân trồng rau thủy canh", "Công ty TNHH Rau thủy canh Chương Mỹ", "ky-thuat-vien-trong-rau-thuy-canh", CHUONG_MY, 4, 6_500_000, 8_000_000, "permanent", "2027-04-30", ["trong-rau-thuy-canh-hoi-luu-nft", "pha-che-dung-dich-dinh-duong-thuy-canh"], ["do-va-dieu-chinh-ec-ph-dung-dich-dinh-duong"]),
    (532, "Công nhân nhà màng dưa lưới", "Công ty Cổ phần Nông nghiệp công nghệ cao Chương Mỹ", "nguoi-trong-rau-dua-trong-nha-mang", CHUONG_MY, 5, 6_000_000, 7_500_000, "seasonal", "2027-04-30", ["trong-dua-luoi-trong-nha-mang", "dieu-khien-tieu-khi-hau-trong-nha-mang"], ["van-hanh-va-bao-duong-he-thong-tuoi-tu-dong"]),
    (533, "Thợ sửa chữa máy nông nghiệp", "Hợp tác xã dịch vụ cơ giới Ứng Hoà", "tho-sua-chua-may-nong-nghiep", UNG_HOA, 2, 8_000_000, 10_000_000, "seasonal", "2027-06-30", ["sua-chua-dong-co-diesel-nho", "sua-chua-may-gat-dap-lien-hop"], ["han-ho-quang-tay-smaw"]),
    (534, "Công nhân may", "Công ty TNHH May Phú Xuyên", "cong-nhan-may-cong-nghiep", PHU_XUYEN, 50, 7_000_000, 9_500_000, "permanent", "2027-05-31", ["van-hanh-may-may-cong-nghiep", "lam-viec-tren-day-chuyen-san-xuat"], ["van-hanh-may-vat-so-may-hai-kim"]),
    (535, "Thợ khảm trai", "Hợp tác xã khảm trai Chuyên Mỹ", "tho-kham-trai", CHUYEN_MY, 4, 7_000_000, 10_000_000, "permanent", "2027-04-30", ["kham-trai-kham-vo-trung", "cua-cat-va-mai-trai-oc"], ["thiet-ke-mau-san-pham-thu-cong-my-nghe"]),
    (536, "Kế toán hợp tác xã nông nghiệp", "Hợp tác xã dịch vụ nông nghiệp Ứng Hoà", "ke-toan-hop-tac-xa", UNG_HOA, 1, 6_000_000, 7_000_000, "permanent", "2027-03-31", ["ghi-so-ke-toan", "lap-va-quan-ly-chung-tu-ke-toan", "su-dung-excel-co-ban"], ["su-dung-phan-mem-ke-toan"]),
    (537, "Công nhân nuôi cá", "Hợp tác xã thủy sản Ứng Hoà", "nguoi-nuoi-trong-thuy-san", UNG_HOA, 2, 6_000_000, 7_000_000, "permanent", "2027-04-30", ["cho-ca-an-va-quan-ly-thuc-an", "quan-ly-moi-truong-nuoc-ao-nuoi"], ["phong-va-tri-benh-ca"]),
    (538, "Thợ điện dân dụng", "Công ty TNHH Xây lắp điện Vân Đình", "tho-dien-dan-dung", VAN_DINH, 2, 7_000_000, 9_000_000, "permanent", "2027-04-30", ["an-toan-dien", "lap-dat-mang-dien-chieu-sang-trong-nha"], ["kiem-tra-sua-chua-su-co-dien-gia-dinh"]),
    (539, "Nhân viên kiểm tra chất lượng hàng may", "Công ty TNHH May Phú Xuyên", "nhan-vien-kiem-tra-chat-luong-san-pham", PHU_XUYEN, 3, 8_000_000, 9_000_000, "permanent", "2027-04-30", ["kiem-tra-chat-luong-hang-may-mac", "doc-va-thuc-hien-tai-lieu-ky-thuat-hang-may"], ["su-dung-excel-co-ban"]),
    (540, "Nhân viên chăm sóc người cao tuổi", "Trung tâm chăm sóc người cao tuổi Thường Tín", "nhan-vien-cham-soc-nguoi-cao-tuoi", THUONG_TIN, 6, 7_000_000, 9_000_000, "permanent", "2027-04-30", ["cham-soc-ve-sinh-ca-nhan-cho-nguoi-cao-tuoi", "di-chuyen-va-nang-do-nguoi-benh-an-toan", "theo-doi-mach-nhiet-do-huyet-ap"], ["so-cuu-co-ban"]),
    (541, "Thợ sơn mài", "Hợp tác xã sơn mài Hạ Thái", "tho-son-mai", THUONG_TIN, 3, 7_000_000, 9_000_000, "permanent", "2027-04-30", ["son-mai-va-danh-bong-son-mai", "chuan-bi-voc-son-mai"], ["thep-vang-bac-trang-tri"]),
    (542, "Hộ lý bệnh viện", "Bệnh viện đa khoa Thường Tín", "nhan-vien-ho-ly", THUONG_TIN, 4, 6_000_000, 7_000_000, "contract", "2027-03-31", ["di-chuyen-va-nang-do-nguoi-benh-an-toan", "cham-soc-nguoi-benh-nam-lau-phong-loet"], ["so-cuu-co-ban"]),
    (543, "Hướng dẫn viên mùa lễ hội chùa Hương", "Công ty Cổ phần Du lịch Hương Sơn", "huong-dan-vien-du-lich-tai-diem", HUONG_SON, 10, 6_000_000, 8_000_000, "seasonal", "2027-04-30", ["thuyet-minh-diem-du-lich", "giao-tiep-voi-khach-hang"], ["so-cuu-co-ban", "tieng-anh-giao-tiep-co-ban"]),
    (544, "Nhân viên phục vụ nhà hàng mùa lễ hội", "Nhà hàng Hương Sơn", "nhan-vien-phuc-vu-nha-hang", HUONG_SON, 15, 5_000_000, 6_000_000, "seasonal", "2027-04-30", ["phuc-vu-ban-theo-quy-trinh", "giao-tiep-voi-khach-hang"], []),
    (545, "Công nhân trồng nấm", "Hợp tác xã nấm Mỹ Đức", "nguoi-trong-nam", MY_DUC, 3, 5_500_000, 6_500_000, "permanent", "2027-04-30", ["trong-va-cham-soc-nam-so-nam-rom", "xu-ly-nguyen-lieu-va-dong-bich-phoi-nam"], ["thu-hai-va-so-che-nam"]),
    (546, "Thợ mộc đồ gỗ nội thất", "Xưởng mộc Chàng Sơn", "tho-moc-dan-dung", THACH_THAT, 4, 8_000_000, 12_000_000, "permanent", "2027-04-30", ["gia-cong-mong-va-lap-rap-do-go", "van-hanh-may-che-bien-go"], ["cha-nham-va-son-hoan-thien-do-go"]),
    (547, "Nhân viên văn phòng, nhập liệu", "Công ty TNHH Công nghệ Hoà Lạc", "nhan-vien-van-phong", HOA_LAC, 3, 6_500_000, 8_000_000, "permanent", "2027-03-31", ["su-dung-may-tinh-co-ban", "soan-thao-van-ban-word", "su-dung-excel-co-ban"], ["go-ban-phim-muoi-ngon"]),
    (548, "Công nhân lắp ráp điện tử", "Công ty TNHH Điện tử Hoà Lạc", "cong-nhan-lap-rap-linh-kien-dien-tu", HOA_LAC, 20, 7_500_000, 9_000_000, "permanent", "2027-04-30", ["lam-viec-tren-day-chuyen-san-xuat", "phong-chong-tinh-dien-esd-trong-san-xuat-dien-tu"], ["han-linh-kien-dien-tu"]),
    (549, "Thợ xây", "Công ty TNHH Xây dựng Quốc Oai", "tho-ne", QUOC_OAI, 8, 8_000_000, 10_000_000, "contract", "2027-04-30", ["xay-tuong-gach", "trat-tuong"], ["op-lat-gach"]),
    (550, "Nhân viên bán hàng thương mại điện tử", "Công ty TNHH Thương mại điện tử Quốc Oai", "nhan-vien-ban-hang-thuong-mai-dien-tu", QUOC_OAI, 2, 7_000_000, 10_000_000, "permanent", "2027-03-31", ["quan-ly-don-hang-tren-san-thuong-mai-dien-tu", "dang-san-pham-va-viet-mo-ta-ban-hang"], ["chup-anh-san-pham-bang-dien-thoai"]),
    (551, "Lao động trồng rau VietGAP", "Hợp tác xã rau an toàn Quốc Oai", "nguoi-trong-rau-an-toan-theo-vietgap", QUOC_OAI, 6, 5_500_000, 6_500_000, "seasonal", "2027-05-31", ["phong-tru-sau-benh-theo-ipm", "thu-hoach-va-so-che-rau-qua"], ["ghi-chep-nhat-ky-san-xuat"]),
    (552, "Công nhân may tuyển gấp cuối năm", "Công ty TNHH May Đông Anh", "cong-nhan-may-cong-nghiep", DONG_ANH, 20, 7_000_000, 8_500_000, "contract", "2026-12-31", ["van-hanh-may-may-cong-nghiep"], []),
    (553, "Thợ lắp đặt điện mặt trời", "Công ty TNHH Năng lượng xanh Sơn Tây", "tho-lap-dat-dien-mat-troi", SON_TAY, 3, 9_000_000, 12_000_000, "permanent", "2027-04-30", ["lap-dat-tam-pin-nang-luong-mat-troi", "an-toan-dien", "lam-viec-an-toan-tren-cao"], ["lap-dat-inverter-va-dau-noi-dien-mat-troi"]),
    (554, "Thợ làm bánh", "Tiệm bánh Hương Gia Lâm", "tho-lam-banh", GIA_LAM, 2, 6_000_000, 8_000_000, "permanent", "2027-03-31", ["lam-banh-mi-banh-ngot", "trang-tri-banh-kem"], ["lam-banh-truyen-thong"]),
    (555, "Nhân viên chăm sóc người cao tuổi tại gia", "Công ty TNHH Dịch vụ điều dưỡng Sơn Tây", "nhan-vien-cham-soc-nguoi-cao-tuoi", SON_TAY, 3, 7_000_000, 9_000_000, "contract", "2027-04-30", ["cham-soc-ve-sinh-ca-nhan-cho-nguoi-cao-tuoi", "ho-tro-nguoi-cao-tuoi-an-uong-va-dung-thuoc"], ["nau-an-dinh-duong-cho-nguoi-cao-tuoi-nguoi-benh"]),
    (556, "Thợ sửa chữa xe máy, xe điện", "Công ty TNHH Thương mại và Dịch vụ xe máy Sóc Sơn", "tho-sua-chua-xe-may", SOC_SON, 3, 7_500_000, 9_500_000, "permanent", "2027-04-30", ["bao-duong-dinh-ky-xe-may", "bao-duong-sua-chua-dong-co-xe-may", "sua-chua-he-thong-dien-xe-may"], ["kiem-tra-va-thay-the-ac-quy-pin-xe-dien"]),
]


def place(code):
    if code not in COMMUNES:
        sys.exit(f"unknown commune {code}")
    r = COMMUNES[code]
    return float(r["lat"]), float(r["lon"])


def check_skills(where, codes):
    for s in codes:
        if s not in SKILLS:
            sys.exit(f"{where}: unknown skill {s}")


def main():
    courses = []
    for (cid, title, prov, level, occ, commune, mode, start, weeks, sched, fee, sub, cert, seats, mods) in C:
        if occ is not None and occ not in OCCS:
            sys.exit(f"course {cid}: unknown occupation {occ}")
        for mod in mods:
            check_skills(f"course {cid}", mod["skills"])
        lat, lon = place(commune)
        courses.append({
            "id": cid, "title": title, "provider_name": P[prov], "level": level,
            "occupation_code": occ, "commune_code": commune, "lat": lat, "lon": lon,
            "delivery_mode": mode, "start_date": start, "weeks": weeks, "schedule": sched,
            "fee_vnd": fee, "subsidy_vnd": sub, "certificate": cert, "seats": seats,
            "modules": mods,
        })
    demands = []
    for (did, title, emp, occ, commune, pos, wmin, wmax, etype, exp, ess, opt) in D:
        if occ not in OCCS:
            sys.exit(f"demand {did}: unknown occupation {occ}")
        check_skills(f"demand {did}", ess + opt)
        lat, lon = place(commune)
        demands.append({
            "id": did, "title": title, "employer_name": emp, "occupation_code": occ,
            "commune_code": commune, "lat": lat, "lon": lon, "positions": pos,
            "wage_min_vnd": wmin, "wage_max_vnd": wmax, "employment_type": etype,
            "expires_on": exp, "essential_skills": ess, "optional_skills": opt,
        })
    ids = [c["id"] for c in courses]
    assert len(ids) == len(set(ids))
    ids = [d["id"] for d in demands]
    assert len(ids) == len(set(ids))
    out = {"today": TODAY, "courses": courses, "demands": demands}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "catalogue.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {path}: {len(courses)} courses, {len(demands)} demands", file=sys.stderr)


if __name__ == "__main__":
    main()
