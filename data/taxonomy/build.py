#!/usr/bin/env python3
"""Source of truth for the hocnghe occupation/skill taxonomy.

All content below is hand-curated by the hocnghe team. Running this script
regenerates the four CSV files in this folder:

    python3 data/taxonomy/build.py            # writes next to this file
    python3 data/taxonomy/build.py --out DIR  # writes into DIR (used by check.py)

Only mechanical derivations are automated: slug codes from the Vietnamese
labels, the diacritic-free form of every skill label, and the alternative
tone-mark placement (hòa/hoà, thủy/thuỷ, khỏe/khoẻ...) of Vietnamese labels.
"""
import argparse
import csv
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ESCO_SKILL = "http://data.europa.eu/esco/skill/"
ESCO_OCC = "http://data.europa.eu/esco/occupation/"

SECTORS = ["high_tech_agriculture", "green_agriculture", "industry", "construction",
           "mechanics", "craft", "services", "digital"]
GROUPS = SECTORS + ["transversal"]

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # huyền, sắc, ngã, hỏi, nặng


def nfc(s):
    return unicodedata.normalize("NFC", s)


def fold(s):
    """Remove all Vietnamese diacritics (đ -> d) and lower-case."""
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower()


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", fold(s)).strip("-")


def plain(s):
    """Diacritic-free search form: folded, punctuation turned into spaces."""
    return re.sub(r"\s+", " ", re.sub(r"[^a-z0-9+.\-]+", " ", fold(s))).strip()


def _swap_tone(word):
    """hòa <-> hoà, thủy <-> thuỷ, khỏe <-> khoẻ (open syllables only)."""
    chars = []  # [base_char_nfc, tone_mark or '']
    for ch in nfc(word):
        d = unicodedata.normalize("NFD", ch)
        tone = "".join(c for c in d if c in TONES)
        base = nfc("".join(c for c in d if c not in TONES))
        chars.append([base, tone])
    bases = "".join(b for b, _ in chars).lower()
    if len(bases) < 2 or bases[-2:] not in ("oa", "oe", "uy"):
        return None
    if bases[-2:] == "uy" and len(bases) >= 3 and bases[-3] in "qg":
        return None  # quý, quỹ: "u" belongs to the consonant
    i, j = len(chars) - 2, len(chars) - 1
    if chars[i][1] and not chars[j][1]:
        chars[j][1], chars[i][1] = chars[i][1], ""
    elif chars[j][1] and not chars[i][1]:
        chars[i][1], chars[j][1] = chars[j][1], ""
    else:
        return None
    return nfc("".join(b + t for b, t in chars))


def tone_variant(text):
    out, changed = [], False
    for w in re.split(r"(\W+)", text):
        v = _swap_tone(w) if w and re.match(r"\w", w) else None
        if v:
            changed = True
            out.append(v)
        else:
            out.append(w)
    return "".join(out) if changed else None


SKILLS = """
# high_tech_agriculture
Lắp dựng nhà màng, nhà lưới :: Building greenhouses and net houses :: làm nhà màng; nhà kính; nhà lưới; greenhouse; lam nha mang
Điều khiển tiểu khí hậu trong nhà màng :: Controlling the greenhouse climate (temperature, humidity, light) :: điều khiển nhiệt độ độ ẩm nhà màng; quạt hút, tấm làm mát; greenhouse climate; dieu khien nha mang :: 118796d8-28a3-4865-bcd0-d037f4abcc0f
Lắp đặt hệ thống tưới nhỏ giọt :: Installing drip irrigation systems :: tưới nhỏ giọt; tưới tiết kiệm; drip irrigation; tuoi nho giot :: 279a4bcc-2c02-4de8-a249-f5a4fe3ad182
Lắp đặt hệ thống tưới phun mưa, phun sương :: Installing sprinkler and misting irrigation systems :: tưới phun; phun sương; béc tưới; sprinkler; tuoi phun mua :: aa43f245-7201-4d05-bd52-57f6c262f3ed
Vận hành và bảo dưỡng hệ thống tưới tự động :: Operating and maintaining automatic irrigation systems :: tưới tự động; hẹn giờ tưới; van điện từ; tuoi tu dong :: cb073ba6-30bd-4fd5-871a-15b0fb1fa930
Bón phân qua hệ thống tưới (fertigation) :: Fertigation (applying fertiliser through irrigation) :: châm phân; bón phân qua tưới; fertigation; cham phan :: 70d2513e-3fd5-494c-9944-ccfdf9fc6f72
Pha chế dung dịch dinh dưỡng thủy canh :: Preparing hydroponic nutrient solutions :: dung dịch thủy canh; pha dinh dưỡng; hydroponic nutrient; pha dung dich thuy canh
Đo và điều chỉnh EC, pH dung dịch dinh dưỡng :: Measuring and adjusting EC and pH of nutrient solutions :: đo EC; đo pH; bút đo TDS; do ec ph
Trồng rau thủy canh hồi lưu (NFT) :: Growing vegetables in recirculating (NFT) hydroponic systems :: trồng rau thủy canh; thủy canh hồi lưu; NFT; hydroponics; trong rau thuy canh :: affb720b-98e7-4ae6-b833-b12e94fa8987
Trồng rau thủy canh tĩnh :: Growing vegetables in static (non-circulating) hydroponics :: thủy canh tĩnh; thủy canh hộ gia đình; kratky; thuy canh tinh
Trồng cây trên giá thể (xơ dừa, trấu hun) :: Growing crops in substrates (coir, carbonised rice husk) :: trồng giá thể; xơ dừa; trấu hun; substrate growing; trong gia the
Ươm cây con trong khay bầu :: Raising seedlings in plug trays :: ươm cây con; gieo khay; khay ươm; seedling tray; uom cay con
Trồng dưa lưới trong nhà màng :: Growing netted melons in greenhouses :: dưa lưới; dưa lê; melon nhà màng; trong dua luoi
Trồng cà chua, dưa chuột trong nhà màng :: Growing tomatoes and cucumbers in greenhouses :: cà chua nhà màng; dưa leo; dưa chuột; ca chua nha mang
Quản lý dịch hại trong nhà màng :: Managing pests and diseases in greenhouses :: bẫy dính; lưới chắn côn trùng; sâu bệnh nhà màng; quan ly dich hai nha mang
Khử trùng, vệ sinh nhà màng giữa các vụ :: Sanitising greenhouses between crops :: vệ sinh nhà màng; khử trùng giá thể; ve sinh nha mang :: 9b115fce-f6ee-4d20-96f5-847fc6b11c6b
Lắp đặt cảm biến và bộ điều khiển IoT cho trang trại :: Installing IoT sensors and controllers on farms :: IoT nông nghiệp; cảm biến độ ẩm đất; nông nghiệp thông minh; smart farming; cam bien iot :: f049d050-12da-4e40-813a-2b5eb6df6b51 :: lap-dat-cam-bien-iot-trang-trai
Giám sát, điều khiển trang trại qua điện thoại :: Monitoring and controlling the farm from a smartphone app :: app nông nghiệp; điều khiển từ xa; giám sát trang trại; giam sat trang trai qua dien thoai
Nhân giống cây bằng nuôi cấy mô :: Propagating plants by tissue culture :: nuôi cấy mô; cấy mô; in vitro; tissue culture; nuoi cay mo
Pha chế môi trường nuôi cấy mô :: Preparing plant tissue culture media :: môi trường MS; nấu môi trường; agar; pha moi truong nuoi cay
Thao tác vô trùng trong box cấy :: Aseptic technique in a laminar-flow cabinet :: box cấy; tủ cấy vô trùng; laminar; thao tac vo trung
Huấn luyện cây con nuôi cấy mô ra vườn ươm :: Acclimatising tissue-culture plantlets :: ra cây; huấn luyện cây mô; acclimatization; huan luyen cay mo
Vận hành drone phun thuốc bảo vệ thực vật :: Operating agricultural spraying drones :: drone nông nghiệp; máy bay phun thuốc; bay drone; UAV; van hanh drone :: a521903b-aa32-4954-9790-961b0df1261f
Lập kế hoạch bay và bảo dưỡng drone :: Planning drone flights and maintaining drones :: lập bản đồ bay; bảo dưỡng drone; sạc pin drone; ke hoach bay drone
Trồng lan hồ điệp trong nhà màng :: Growing Phalaenopsis orchids in greenhouses :: lan hồ điệp; trồng lan; phong lan; orchid; trong lan ho diep
Điều khiển ra hoa lan theo thời vụ :: Timing orchid flowering for the market :: kích hoa lan; xử lý lạnh lan; lan Tết; dieu khien ra hoa lan
Vận hành chuồng trại chăn nuôi khép kín :: Operating closed, climate-controlled livestock houses :: chuồng kín; chuồng lạnh; tấm làm mát; máng ăn tự động; chuong kin :: cefb7674-cafa-4468-90ef-0ce6c3373d29
Nuôi cá trong hệ thống tuần hoàn (RAS) :: Farming fish in recirculating aquaculture systems (RAS) :: RAS; bể tuần hoàn; nuôi cá trong bể; nuoi ca tuan hoan :: 460135e3-9cf4-4ebd-95f7-01e9f3fb713e
Truy xuất nguồn gốc nông sản bằng mã QR :: Tracing farm products with QR codes :: tem truy xuất; mã QR; nhật ký điện tử; truy xuat nguon goc :: a031d739-c760-441e-955b-b667502e9af2
Trồng rau mầm và rau vi xanh :: Growing sprouts and microgreens :: rau mầm; microgreens; rau vi xanh; trong rau mam
# green_agriculture
Lập kế hoạch sản xuất rau theo VietGAP :: Planning vegetable production to VietGAP :: VietGAP; rau an toàn; kế hoạch sản xuất rau; lap ke hoach vietgap :: 0e531bd6-7997-43c0-b042-7cec951e6ada
Đánh giá điều kiện sản xuất theo VietGAP :: Assessing production-site conditions (soil, water) for VietGAP :: đánh giá đất nước tưới; vùng sản xuất an toàn; danh gia vietgap
Chuẩn bị hồ sơ chứng nhận VietGAP :: Preparing documents for VietGAP certification :: chứng nhận VietGAP; hồ sơ VietGAP; tự đánh giá VietGAP; ho so vietgap
Ghi chép nhật ký sản xuất :: Keeping farm production records :: nhật ký đồng ruộng; sổ ghi chép; ghi nhật ký; ghi chep nhat ky :: 43b13058-68d0-40c6-8031-caf5a7b7d20c
Làm đất và lên luống :: Preparing soil and making planting beds :: làm đất; lên luống; cày bừa; lam dat :: e1479957-1606-4dbd-90f7-4c46c615936c
Chọn và xử lý hạt giống :: Selecting and treating seeds :: chọn giống; ngâm ủ hạt; xử lý hạt giống; chon hat giong
Gieo hạt và trồng cây con :: Sowing seeds and transplanting seedlings :: gieo hạt; trồng cây; cấy cây con; gieo trong :: 84ce84bc-331d-4852-99ea-54f4924bb35c
Tưới nước hợp lý cho cây trồng :: Watering crops efficiently :: tưới cây; tưới rau; tuoi nuoc :: a5b308e8-78b7-4376-bdf8-7dfe047d62a2
Pha chế và sử dụng phân bón hữu cơ :: Preparing and using organic fertilisers :: phân hữu cơ; phân chuồng; phân vi sinh; phan bon huu co :: 306d9964-2d32-4952-927a-e836bf7041ab
Ủ phân hữu cơ từ phụ phẩm nông nghiệp :: Composting farm by-products :: ủ phân; ủ rơm rạ; compost; u phan :: 7808ccb8-9797-4864-80e3-37119ca32b30
Nuôi giun quế và sản xuất phân trùn :: Raising earthworms and producing vermicompost :: giun quế; phân trùn quế; vermicompost; nuoi giun que
Bón phân cân đối và hợp lý :: Applying fertilisers in balanced doses :: bón phân; phân NPK; bon phan :: b0c160d0-853e-4222-b389-0433e5a37385
Sản xuất chế phẩm sinh học tại chỗ :: Making on-farm biological inputs (IMO, fish amino, bio-pesticides) :: chế phẩm sinh học; IMO; đạm cá; thuốc trừ sâu thảo mộc; che pham sinh hoc
Phòng trừ sâu bệnh theo IPM :: Integrated pest management (IPM) :: IPM; quản lý dịch hại tổng hợp; phong tru sau benh :: dbe63ddf-76f8-4177-a482-fee995a57b77
Điều tra, phát hiện sâu bệnh trên đồng ruộng :: Scouting fields for pests and diseases :: thăm đồng; nhận biết sâu bệnh; dieu tra sau benh :: 0612b3e9-5515-4233-af5e-07191b03c4ba
Sử dụng thiên địch và bẫy sinh học :: Using natural enemies and biological traps :: thiên địch; bẫy pheromone; bẫy vàng; thien dich
Sử dụng thuốc bảo vệ thực vật an toàn :: Using pesticides safely (the "four rights") :: phun thuốc sâu; thuốc BVTV; 4 đúng; bảo vệ thực vật; su dung thuoc bvtv :: 078e6210-224d-4331-9c8e-f881259b6bb0
Vận hành và bảo dưỡng bình phun thuốc :: Operating and maintaining knapsack sprayers :: bình phun; máy phun thuốc; bình xịt; binh phun thuoc :: 56f2e4f6-0014-4355-aac7-b86cad486043
Kiểm tra nhanh dư lượng thuốc bảo vệ thực vật :: Rapid testing for pesticide residues :: test nhanh dư lượng; kiểm tra rau an toàn; kiem tra du luong
Luân canh, xen canh cây trồng :: Crop rotation and intercropping :: luân canh; xen canh; trồng xen; luan canh
Thu hoạch và sơ chế rau quả :: Harvesting and post-harvest handling of vegetables and fruit :: thu hoạch rau; sơ chế rau; thu hoach :: 2e4e8114-e579-453d-918e-b0262818ab76
Bảo quản nông sản sau thu hoạch :: Storing produce after harvest :: bảo quản rau quả; kho lạnh; sau thu hoạch; bao quan nong san :: b9f621b2-fecb-417c-98ca-802cbf0ba0b9
Trồng và chăm sóc hoa cúc, hoa hồng :: Growing chrysanthemums and roses :: trồng hoa; hoa cúc; hoa hồng; Mê Linh; trong hoa :: f4b5e3fb-ea82-4307-887a-d1901c7d3a4d
Trồng và chăm sóc cây cảnh, bonsai :: Growing ornamental plants and bonsai :: cây cảnh; bonsai; cây thế; trong cay canh :: c5f255ef-02d3-4ab0-a652-2bf055d1d493
Nhân giống cây bằng giâm, chiết, ghép :: Propagating plants by cuttings, layering and grafting :: giâm cành; chiết cành; ghép cây; nhân giống; giam chiet ghep :: 844e9480-7aef-49f6-9260-d88c27249241
Sản xuất cây giống trong vườn ươm :: Producing seedlings in a plant nursery :: vườn ươm; cây giống; nursery; san xuat cay giong
Trồng mới và chăm sóc cây ăn quả :: Planting and tending fruit trees :: cây ăn trái; vườn cây ăn quả; trồng bưởi; trồng cam; trong cay an qua :: 7b3717e4-e963-44e0-b94f-1088a7242da0
Cắt tỉa, tạo tán cây ăn quả :: Pruning and training fruit trees :: cắt tỉa cành; tạo tán; tỉa cây; cat tia cay :: af9b6098-7d2f-4990-b4eb-d7dd73fdb933
Xử lý ra hoa, đậu quả cây ăn quả :: Inducing flowering and fruit set in fruit trees :: kích thích ra hoa; đậu quả; xử lý ra hoa; xu ly ra hoa
Bao quả và chăm sóc quả :: Bagging and caring for developing fruit :: bao trái; túi bao quả; bao qua
Trồng và chăm sóc cây chè :: Growing and tending tea plants :: trồng chè; chè Ba Vì; đốn chè; trong che
Hái và sao chè thủ công :: Plucking and hand-roasting tea :: sao chè; hái chè; chè búp; sao che
Xử lý nguyên liệu và đóng bịch phôi nấm :: Preparing substrate and filling mushroom bags :: phôi nấm; đóng bịch; mùn cưa; rơm ủ; dong bich phoi nam
Trồng và chăm sóc nấm sò, nấm rơm :: Growing oyster and straw mushrooms :: trồng nấm; làm nấm; nấm sò; nấm rơm; mushroom; trong nam
Nhân giống nấm (meo giống) :: Producing mushroom spawn :: meo nấm; giống nấm; spawn; meo giong nam
Thu hái và sơ chế nấm :: Harvesting and preparing mushrooms for sale :: hái nấm; sấy nấm; thu hai nam
Làm chuồng trại chăn nuôi hợp vệ sinh :: Building hygienic livestock housing :: làm chuồng; chuồng trại; chuồng gà; chuồng lợn; lam chuong trai
Phối trộn thức ăn chăn nuôi :: Mixing livestock feed :: trộn cám; thức ăn chăn nuôi; khẩu phần; phoi tron thuc an :: 5b1d43d1-e063-4d07-8ba1-6f08d4e46279
Chăn nuôi gà thả vườn an toàn sinh học :: Raising free-range chickens with biosecurity :: nuôi gà; gà thả vườn; gà đồi; nuoi ga :: e04b5fe4-9664-48c0-8268-b4c35d908082
Ấp trứng gia cầm bằng máy :: Incubating poultry eggs in an incubator :: máy ấp trứng; ấp trứng; soi trứng; ap trung
Nuôi vịt, ngan an toàn sinh học :: Raising ducks and Muscovy ducks with biosecurity :: nuôi vịt; nuôi ngan; nuoi vit
Phòng và trị bệnh thường gặp ở gia cầm :: Preventing and treating common poultry diseases :: bệnh gà; cúm gia cầm; Newcastle; benh gia cam
Chăm sóc lợn nái và lợn con :: Caring for sows and piglets :: lợn nái; heo nái; đỡ đẻ lợn; lợn con; cham soc lon nai
Nuôi lợn thịt :: Raising fattening pigs :: nuôi heo; lợn thịt; nuôi lợn; nuoi lon :: 2f05ac16-ecf0-4830-b3fb-f973f9d6c0db
Phòng và trị bệnh thường gặp ở lợn :: Preventing and treating common pig diseases :: bệnh lợn; dịch tả lợn châu Phi; tai xanh; benh lon :: 16234c53-0b20-4594-a5f5-c31a2ad98c8c
Chăm sóc và nuôi dưỡng bò sữa :: Caring for and feeding dairy cows :: nuôi bò sữa; bò sữa Ba Vì; cham soc bo sua :: c669c40c-d8dc-4eff-8e06-7043ff4a860c
Vắt sữa và bảo quản sữa tươi :: Milking and storing fresh milk :: vắt sữa; máy vắt sữa; sữa tươi; vat sua :: cacb30e8-eb78-40bf-b664-b7a4c8a018a3
Trồng cỏ và ủ chua thức ăn xanh :: Growing forage and making silage :: trồng cỏ; ủ chua; cỏ voi; silage; u chua thuc an
Phát hiện động dục ở gia súc :: Detecting heat (oestrus) in cattle and pigs :: động dục; lên giống; phát hiện động dục; dong duc
Thụ tinh nhân tạo cho gia súc :: Artificial insemination of livestock :: phối giống nhân tạo; dẫn tinh; phối giống bò; thu tinh nhan tao :: 6b6c6b8f-3a1d-43af-a40a-73fb50518d00
Chăn nuôi trên đệm lót sinh học :: Raising animals on fermented deep-litter bedding :: đệm lót sinh học; đệm lót men vi sinh; dem lot sinh hoc
Xử lý chất thải chăn nuôi bằng hầm biogas :: Treating livestock manure with biogas digesters :: biogas; hầm khí sinh học; bể biogas; xu ly chat thai chan nuoi :: 0e81fcff-2fb5-4c87-afc2-49b5e5d9db50
Thực hiện an toàn sinh học trong chăn nuôi :: Applying biosecurity in livestock farming :: an toàn sinh học; phòng dịch; khử trùng chuồng; an toan sinh hoc :: 1fc580ca-9adc-46af-8a88-61e871273b49
Tiêm phòng vắc xin cho vật nuôi :: Vaccinating livestock and poultry :: tiêm phòng; tiêm vắc xin; chích ngừa; vacxin; tiem phong :: 284d8ebe-396a-4931-b044-1a30c4d1759a
Khám và chẩn đoán bệnh vật nuôi :: Examining animals and diagnosing disease :: khám bệnh vật nuôi; chẩn đoán bệnh; thú y; kham benh vat nuoi :: 3fcc2323-b90f-4eeb-9640-0f8742034117
Sử dụng thuốc thú y đúng cách :: Using veterinary medicines correctly :: thuốc thú y; kháng sinh vật nuôi; tiêm thuốc; thuoc thu y
Mổ khám gia cầm để chẩn đoán bệnh :: Post-mortem examination of poultry :: mổ khám gà; mổ gà xem bệnh; mo kham gia cam :: c0f41108-bbcb-48a1-8255-62201a4b1bc6
Chuẩn bị và cải tạo ao nuôi :: Preparing and renovating fish ponds :: tát ao; bón vôi ao; cải tạo ao; cai tao ao :: 00994812-ac9e-4856-954b-f71bcc6066bb
Quản lý môi trường nước ao nuôi :: Managing water quality in fish ponds :: nước ao; đo oxy; đo pH ao; quan ly nuoc ao :: d589970b-933d-4656-bcb6-a43b3cc67888
Cho cá ăn và quản lý thức ăn :: Feeding fish and managing feed :: cho cá ăn; thức ăn cá; cho ca an :: ed17ddef-52ed-4a24-b6ca-d5ecc53eba24
Phòng và trị bệnh cá :: Preventing and treating fish diseases :: bệnh cá; cá bị nấm; benh ca :: e71e0f4d-4ae7-42c9-bf71-ca5126727477
Thu hoạch và vận chuyển cá sống :: Harvesting and transporting live fish :: kéo lưới; thu cá; vận chuyển cá; thu hoach ca :: 0ad82f5a-084b-40d2-afda-dbde03811a24
Nuôi ong lấy mật :: Keeping honeybees :: nuôi ong; chia đàn ong; ong mật; beekeeping; nuoi ong
Quay, lọc và bảo quản mật ong :: Extracting, filtering and storing honey :: quay mật; mật ong; lọc mật; quay mat ong :: e4a3c9af-8a5d-49cc-95bb-b77e41588746
Sản xuất theo tiêu chuẩn nông nghiệp hữu cơ :: Producing to organic farming standards :: hữu cơ; organic; nông nghiệp hữu cơ; TCVN 11041; huu co :: 186da517-9a3e-41cd-9158-4001e3694459
Sản xuất theo mô hình VAC, tuần hoàn :: Running integrated garden-pond-livestock (VAC) circular farms :: VAC; vườn ao chuồng; kinh tế tuần hoàn; mo hinh vac
Vận hành máy nông nghiệp an toàn :: Operating farm machinery safely :: máy cày; máy xới; máy gặt; máy cấy; lái máy cày; van hanh may nong nghiep :: 00dd3271-077f-4a12-a958-e297fdd724ce
# industry
Vận hành máy may công nghiệp :: Operating industrial sewing machines :: may công nghiệp; máy 1 kim; đạp máy may; công nhân may; may cong nghiep
Vận hành máy vắt sổ, máy hai kim :: Operating overlock and twin-needle machines :: vắt sổ; máy 2 kim; máy kansai; vat so
May hoàn chỉnh áo sơ mi, quần âu :: Sewing complete shirts and trousers :: may áo sơ mi; may quần âu; may quần áo; may ao so mi :: 00e895f4-b9d3-4a1a-8c36-baf10fbfb982
Đọc và thực hiện tài liệu kỹ thuật hàng may :: Reading and following garment technical specifications :: tài liệu kỹ thuật may; bảng thông số; tiêu chuẩn may; tai lieu ky thuat may :: cffc3e97-e942-4b13-a2f3-0bf4910c06d3
Lấy số đo và thiết kế mẫu quần áo :: Taking body measurements and drafting garment patterns :: lấy số đo; thiết kế rập; vẽ mẫu; cắt rập; lay so do :: 2ac79be0-1f66-48da-84a6-2d294179927f
Cắt vải theo mẫu :: Cutting fabric to pattern :: cắt vải; trải vải; cắt bán thành phẩm; cat vai :: a3b7b8ec-794b-4821-8c6b-465fe2c7a691
Là và hoàn thiện sản phẩm may :: Pressing and finishing garments :: là hơi; ủi đồ; hoàn thiện sản phẩm; nhặt chỉ; la hoi :: 562b1180-83e7-4041-8468-2f28d03b7893
Sửa chữa, chỉnh sửa quần áo :: Altering and repairing clothes :: sửa quần áo; lên gấu; bóp eo; sua quan ao :: 7e2f6f05-d6ef-45f3-a33c-5d6d0b07e1cf
Bảo dưỡng máy may và xử lý lỗi đường may :: Maintaining sewing machines and fixing stitch faults :: chỉnh máy may; lỗi đường may; bỏ mũi; bao duong may may
Kiểm tra chất lượng hàng may mặc :: Inspecting garment quality :: QC may; kiểm hàng may; KCS may; kiem tra hang may :: 018164df-2814-4926-bdf7-398d86b9dfe6
Nhận biết linh kiện điện tử cơ bản :: Identifying basic electronic components :: linh kiện điện tử; điện trở; tụ điện; điốt; nhan biet linh kien :: 8a2f841c-fe35-46c0-90bd-51858a88a83b
Hàn linh kiện điện tử :: Soldering electronic components :: hàn thiếc; mỏ hàn; hàn mạch; soldering; han thiec :: 26ed52cf-30ca-451e-9699-a6c04a30649f
Lắp ráp bo mạch điện tử theo quy trình :: Assembling circuit boards to work instructions :: lắp ráp bo mạch; lắp ráp điện tử; PCB; lap rap bo mach :: 4ce4dd33-7429-4e65-a055-6e46a34cb19b
Sử dụng đồng hồ vạn năng :: Using a multimeter :: đồng hồ vạn năng; đồng hồ đo điện; VOM; đo điện áp; su dung dong ho van nang :: 270de514-3206-4cf9-b122-0f148ab06fa1
Phòng chống tĩnh điện (ESD) trong sản xuất điện tử :: Controlling electrostatic discharge (ESD) in electronics production :: ESD; tĩnh điện; vòng đeo tay tĩnh điện; chong tinh dien
Kiểm tra ngoại quan sản phẩm :: Visually inspecting products for defects :: kiểm tra ngoại quan; soi lỗi; kiểm hàng; QC; kiem tra ngoai quan :: 1a3660c2-011c-4e96-9b1d-529afc305428
Ghi chép và báo cáo lỗi chất lượng :: Recording and reporting quality defects :: báo cáo lỗi; phiếu kiểm tra; thống kê lỗi; bao cao loi :: 2879a6f9-868b-40a1-a424-d50007ca8354
Vận hành máy phay CNC :: Operating CNC milling machines :: phay CNC; máy CNC; trung tâm gia công; CNC; phay cnc :: 4cb58ef4-67a9-4bea-a743-2c83ebd60e79
Vận hành máy tiện CNC :: Operating CNC lathes :: tiện CNC; máy tiện CNC; tien cnc :: c4949dcf-bbcc-40f2-8584-6c6299beb7fb
Lập trình CNC cơ bản (G-code) :: Basic CNC programming (G-code) :: lập trình CNC; G-code; mã G; lap trinh cnc :: bf942c60-8539-4951-83ee-63f770da1cb8
Gá đặt phôi và dao cắt :: Setting up workpieces and cutting tools :: gá phôi; thay dao; so dao; ga phoi
Vận hành máy ép nhựa :: Operating injection moulding machines :: máy ép nhựa; ép phun; injection moulding; ep nhua :: 861f3a02-8c0d-45fa-8827-04995649afc5
Thay khuôn và điều chỉnh thông số máy ép :: Changing moulds and adjusting moulding parameters :: thay khuôn; chỉnh máy ép; thay khuon
Áp dụng 5S tại nơi làm việc :: Applying 5S in the workplace :: 5S; sắp xếp nơi làm việc; ap dung 5s :: a276b1ad-c0b7-4b33-899c-0fbfcdbe0eee
Làm việc trên dây chuyền sản xuất :: Working on a production line :: dây chuyền; công nhân nhà máy; chuyền sản xuất; lam viec day chuyen :: 76dc6263-a4dc-4123-9aea-25b1fead6edd
Đóng gói và dán nhãn sản phẩm :: Packing and labelling products :: đóng gói; dán nhãn; đóng thùng; dong goi :: 667cbbaf-f377-46d8-8f2d-1f6d8a55d74a
Sơ chế nông sản theo quy trình an toàn thực phẩm :: Cleaning and preparing produce for processing :: sơ chế nông sản; rửa rau củ; so che nong san
Sấy khô nông sản :: Drying agricultural products :: sấy; máy sấy; sấy lạnh; sấy nông sản; say kho :: f08107de-9dc1-47cf-93e0-7e44820b82b7
Chế biến rau quả muối chua, đóng lọ :: Pickling and bottling fruit and vegetables :: muối dưa; đóng lọ; đóng hộp; che bien rau qua :: 8eb292fb-55f2-4952-b05d-1cbc205f515c
Áp dụng HACCP trong chế biến thực phẩm :: Applying HACCP in food processing :: HACCP; điểm kiểm soát tới hạn; ap dung haccp :: 5ba1d5b9-3f8d-46ca-bf9f-2e9ca65d1350
Lắp đặt và đấu nối động cơ điện ba pha :: Installing and connecting three-phase motors :: động cơ 3 pha; motor; đấu sao tam giác; dong co ba pha :: 2e55bf22-45f2-43f6-8aa0-28894263313d
Lắp mạch điều khiển động cơ bằng khởi động từ :: Wiring contactor-based motor control circuits :: khởi động từ; contactor; mạch điều khiển; mach khoi dong tu
Lắp đặt tủ điện điều khiển công nghiệp :: Building industrial control panels :: tủ điện công nghiệp; tủ điều khiển; lap tu dien :: 477034ef-132e-467a-94af-30d017fefd26
Lập trình PLC cơ bản :: Basic PLC programming :: PLC; lập trình PLC; Siemens; lap trinh plc :: 6468e5fb-f3be-4025-87be-4b6556755c61
Lắp đặt biến tần :: Installing variable-frequency drives :: biến tần; inverter động cơ; VFD; bien tan
Bảo trì thiết bị điện công nghiệp :: Maintaining industrial electrical equipment :: bảo trì điện; sửa điện nhà máy; bao tri dien :: 386774ac-fe5b-431a-b485-9aec0bf5c09e
# construction
Đọc bản vẽ xây dựng :: Reading construction drawings :: bản vẽ nhà; đọc bản vẽ; doc ban ve xay dung :: 68b6ef08-d823-489d-a95c-752ae6f6e6a7
Xây tường gạch :: Laying brick walls :: xây gạch; thợ xây; xây tường; xay tuong :: 13e1c0a2-b90d-46f4-be51-11730360b38d
Trộn vữa và bê tông :: Mixing mortar and concrete :: trộn vữa; trộn bê tông; máy trộn; tron vua :: 5cc37935-e6c9-4f28-b800-25e177e63e68
Trát tường :: Plastering walls :: trát; tô tường; vữa trát; trat tuong :: 20f56226-24ed-495f-8bf5-0b2aa6413ba1
Đổ và đầm bê tông :: Placing and compacting concrete :: đổ bê tông; đầm dùi; đổ mái; do be tong :: 46994031-5490-4a02-9937-c61f6e2d4fc9
Lắp dựng cốp pha :: Erecting formwork :: cốp pha; ván khuôn; coffa; cop pha :: aa95f606-13ec-4242-a6bc-635a1aaa841c
Lắp dựng giàn giáo an toàn :: Erecting scaffolding safely :: giàn giáo; dàn giáo; gian giao :: 91991706-cd8e-4795-9784-715fc0250c8d
Gia công và lắp đặt cốt thép :: Cutting, bending and fixing reinforcement :: cốt thép; buộc thép; uốn sắt; sắt thép; cot thep :: 2d0775c7-2dad-41fa-b8f3-988f73eb6897
Ốp lát gạch :: Tiling floors and walls :: lát gạch; ốp gạch; lát nền; thợ ốp lát; op lat :: 504d99c7-395b-479c-815b-2f77ef769e75
Sơn bả tường :: Filling and painting walls :: sơn nhà; bả matit; sơn bả; thợ sơn; son ba :: b826a56a-811d-477c-b165-271729f644a4
Chống thấm công trình :: Waterproofing buildings :: chống thấm; chống dột; chong tham :: 16801a68-549b-4eaf-9531-f2d516a9380c
Làm trần và vách thạch cao :: Installing plasterboard ceilings and partitions :: trần thạch cao; vách thạch cao; tran thach cao :: fd8a3c14-fe25-4490-a85d-0215d0a5aa6f
Định vị, lấy cốt công trình đơn giản :: Setting out small building works :: lấy cốt; bật mực; cân mực; dinh vi cong trinh
Dự tính khối lượng vật liệu xây dựng :: Estimating building material quantities :: bóc khối lượng; tính vật liệu; du tinh vat lieu :: 5d9dd44a-81f8-4710-bd4d-af27ec5c2139
Lợp mái tôn :: Installing metal roofing sheets :: lợp tôn; mái tôn; làm mái; lop mai ton :: 6e64c679-17c6-46ac-849c-2336e16fe069
Sử dụng dụng cụ điện cầm tay :: Using hand-held power tools :: máy khoan; máy cắt cầm tay; máy mài; su dung may cam tay :: 5bf7f85a-b080-4b27-8ddc-9f62af4643f5
Đọc sơ đồ mạch điện :: Reading electrical diagrams :: sơ đồ điện; bản vẽ điện; doc so do dien :: fe96f581-4905-4282-819c-922c68bda989
An toàn điện :: Electrical safety :: an toàn điện; điện giật; phòng chống điện giật; an toan dien :: 970af2f2-9a19-41a0-b42b-b1f36b083d28
Lắp đặt mạng điện chiếu sáng trong nhà :: Installing indoor lighting circuits :: điện chiếu sáng; lắp đèn; đi điện nhà; lap dat dien chieu sang :: 6f8d750e-aba4-459c-b4d7-220bddff9f58
Lắp đặt ổ cắm, công tắc :: Installing sockets and switches :: ổ cắm; công tắc; o cam cong tac :: 52d6eb67-56c0-4ad7-b5c2-71e7c2362ece
Đi dây điện âm tường và trong ống :: Running cables in walls and conduits :: đi dây điện; đi dây âm tường; ống luồn dây; di day dien
Lắp đặt bảng điện, aptomat và thiết bị chống giật :: Installing distribution boards, circuit breakers and RCDs :: aptomat; cầu dao; CB; chống giật; ELCB; lap bang dien :: 76b9e515-715d-4a53-a702-019adad1059b
Lắp đặt hệ thống nối đất, chống sét :: Installing earthing and lightning protection :: tiếp địa; nối đất; chống sét; noi dat chong set :: cbcce641-a001-47eb-b15b-476da8dfc9ce
Tính chọn dây dẫn và thiết bị điện :: Sizing cables and electrical protection devices :: chọn dây điện; tính công suất; tiết diện dây; chon day dan
Kiểm tra, sửa chữa sự cố điện gia đình :: Troubleshooting household electrical faults :: sửa điện; mất điện; chập điện; sua dien nha :: 334e3e49-fb02-4051-809a-f06adfdc1c40
Lắp đặt tấm pin năng lượng mặt trời :: Installing solar photovoltaic panels :: pin mặt trời; điện mặt trời; solar; tấm quang điện; lap pin mat troi :: 08a5f6dd-d3dd-4371-9919-6d730f34499c
Lắp đặt inverter và đấu nối điện mặt trời :: Installing inverters and connecting PV systems :: inverter; hòa lưới; điện mặt trời áp mái; lap inverter :: 13879c29-3c14-4a53-945c-5a8c0f8984db
Bảo dưỡng hệ thống điện mặt trời :: Maintaining solar PV systems :: vệ sinh tấm pin; bảo trì điện mặt trời; bao duong dien mat troi :: 33784b61-bd86-4451-8a89-741ada5f8475
Lắp đặt đường ống cấp nước :: Installing water supply pipes :: đường ống nước; ống PPR; ống PVC; thợ nước; lap ong nuoc :: 59030382-506d-454d-81cd-787586ffb840
Hàn nối ống nhựa PPR :: Heat-fusion welding of PPR pipes :: hàn ống PPR; máy hàn nhiệt; han ong ppr :: 4e8ce455-9dbb-4ada-b79b-2f89021f4947
Lắp đặt thiết bị vệ sinh :: Installing sanitary fixtures :: lắp bồn cầu; lavabo; sen vòi; bình nóng lạnh; lap thiet bi ve sinh :: ef6cb992-07d1-435b-a150-45d92228db1e
Lắp đặt máy bơm và bồn chứa nước :: Installing water pumps and storage tanks :: máy bơm nước; bồn nước; téc nước; lap may bom :: cfc70ce0-f4ed-4234-b787-55fe04a72773
Thông tắc và sửa chữa đường ống thoát nước :: Unblocking and repairing drain pipes :: thông tắc; thông cống; tắc bồn cầu; thong tac :: 8e946faa-b350-4cbe-9eeb-6fee739e6d98
Vận hành máy xúc đào :: Operating excavators :: lái máy xúc; máy múc; máy đào; máy cuốc; van hanh may xuc :: 978a76ca-0d14-43b5-a69d-1996dfeb22de
Bảo dưỡng máy xúc hằng ngày :: Daily maintenance of excavators :: bảo dưỡng máy xúc; bơm mỡ máy xúc; bao duong may xuc :: 0c04d0af-af50-4463-8ce3-e9968e229237
Đào đắp, san lấp mặt bằng :: Excavating, filling and levelling sites :: san lấp; đào móng; san nền; dao dap :: 425ddacc-bbf0-4a98-b925-40012d1b6060
Gia công và lắp đặt cửa nhôm kính :: Fabricating and installing aluminium-and-glass doors and windows :: cửa nhôm kính; cửa nhôm Xingfa; thợ nhôm kính; cua nhom kinh :: e012e2b6-173b-43ed-b255-5a8740ab24cd
Cắt kính và lắp vách kính :: Cutting glass and installing glass partitions :: cắt kính; vách kính; lắp kính; cat kinh :: 6375c84d-0624-49bb-81f3-a03e20dc5ac4
# mechanics
Hàn hồ quang tay (SMAW) :: Shielded metal arc welding (SMAW) :: hàn que; hàn điện; hàn hồ quang; hàn xì; thợ hàn; SMAW; han que; han dien :: 27d26fd6-5795-4f0a-884e-112df7c68314
Hàn MIG/MAG :: MIG/MAG welding :: hàn CO2; hàn bán tự động; MIG; MAG; han mig :: 60ff3eac-7d4d-4e51-87b8-74c3b5d62498
Hàn TIG :: TIG welding :: hàn argon; hàn inox; TIG; han tig :: a51adea8-bf02-488a-a0d8-b0961caca5b0
Cắt kim loại bằng khí và plasma :: Oxy-fuel and plasma cutting :: cắt hơi; cắt gió đá; cắt plasma; cat kim loai :: 8b09c290-c941-4119-870f-bdafbd78c669
Chuẩn bị phôi và vát mép hàn :: Preparing and bevelling parts for welding :: vát mép; chuẩn bị phôi hàn; gá hàn; vat mep :: 16da7f95-bd00-4a5c-b837-bf1c2a5a9f15
Kiểm tra khuyết tật mối hàn :: Inspecting welds for defects :: kiểm tra mối hàn; lỗi mối hàn; rỗ khí; kiem tra moi han :: 34016949-da9c-4107-98e3-1080ae405e27
Gia công khung kèo, cửa sắt :: Fabricating steel frames, gates and grilles :: làm cửa sắt; khung kèo thép; hàn cổng; gia cong cua sat
Vận hành máy mài cầm tay an toàn :: Using angle grinders safely :: máy mài; máy cắt sắt cầm tay; mài mối hàn; may mai :: e2992bda-8a68-4eae-b78a-697b07800334
Bảo dưỡng định kỳ xe máy :: Routine servicing of motorbikes :: bảo dưỡng xe máy; thay dầu xe máy; sửa xe máy; sửa xe; bao duong xe may; sua xe :: ac6e266a-5362-4690-8937-b71a2d9311d1
Bảo dưỡng, sửa chữa động cơ xe máy :: Servicing and repairing motorbike engines :: sửa máy xe máy; làm máy; đại tu; bao duong dong co xe may :: 1bc7c69b-4292-4592-b854-f48165a06082
Sửa chữa hệ thống phanh xe máy :: Repairing motorbike brakes :: sửa phanh; má phanh; phanh đĩa; thắng xe; sua phanh xe may :: 534e2ade-f9dd-470c-a56f-97d2cc896468
Sửa chữa hệ thống điện xe máy :: Repairing motorbike electrical systems :: điện xe máy; sửa điện xe; IC; sạc; sua dien xe may :: 3c4cfade-58c1-4f6d-9a0e-dabf78b0e9e0
Chẩn đoán lỗi phun xăng điện tử (FI) :: Diagnosing electronic fuel-injection (FI) faults :: xe FI; phun xăng điện tử; đọc lỗi FI; chan doan fi :: 822e7177-9868-43b7-a31c-9bea1e8a57ec
Sửa chữa bộ truyền động xe tay ga :: Repairing scooter CVT transmissions :: bộ nồi; dây curoa; xe ga; sửa xe tay ga; sua xe tay ga
Sửa chữa khung, giảm xóc và bánh xe :: Repairing frames, suspension and wheels :: giảm xóc; phuộc; vành xe; khung xe; sua giam xoc :: ba11879a-723d-4209-8ffa-008eaab9771f
Vá và thay săm lốp :: Repairing and replacing tyres and tubes :: vá xe; thay lốp; vá săm; va xe :: 202d0d2b-f6b9-48fe-b70e-cff49fa1d087
Sửa chữa động cơ và bộ điều khiển xe điện :: Repairing electric-bike motors and controllers :: xe đạp điện; xe máy điện; IC xe điện; motor xe điện; sua xe dien :: 012795fe-5f85-4d12-a10e-9dabda4ea05f
Kiểm tra và thay thế ắc quy, pin xe điện :: Testing and replacing lead-acid and lithium batteries :: ắc quy; bình điện; pin lithium; kiem tra ac quy :: 7c8a86b2-b0ae-4969-901a-5949d9974755
Bảo dưỡng định kỳ ô tô :: Routine servicing of cars :: bảo dưỡng ô tô; thay dầu ô tô; sửa ô tô; bao duong o to :: 0ea0b260-617b-4d04-bf00-988dd0b122e5
Sửa chữa động cơ ô tô :: Repairing car engines :: sửa máy ô tô; động cơ xăng; đại tu máy; sua dong co o to :: 1bc7c69b-4292-4592-b854-f48165a06082
Sửa chữa hệ thống phanh ô tô :: Repairing car brakes :: phanh ô tô; ABS; má phanh ô tô; sua phanh o to :: 534e2ade-f9dd-470c-a56f-97d2cc896468
Sửa chữa hệ thống lái và treo ô tô :: Repairing car steering and suspension :: gầm ô tô; hệ thống treo; thước lái; sua gam o to :: 90b98d58-96ca-4d75-9045-18eb97886b5b
Sửa chữa hệ thống điện thân xe ô tô :: Repairing car body electrical systems :: điện ô tô; điện thân xe; sua dien o to :: 32285d7b-8c1f-4174-bff3-db01cbd7de44
Sử dụng máy chẩn đoán ô tô (OBD) :: Using car diagnostic scanners (OBD) :: máy đọc lỗi; OBD; scan lỗi ô tô; chan doan o to :: 187f82c7-b165-4e6b-b327-704e38e85cdd
Sửa chữa điều hòa ô tô :: Repairing car air-conditioning :: điều hòa xe hơi; máy lạnh ô tô; sua dieu hoa o to
Lắp đặt điều hòa không khí :: Installing air conditioners :: lắp điều hòa; lắp máy lạnh; treo điều hòa; lap dieu hoa :: b49036dd-059b-40d5-8ae9-0b1a6a64f668
Nạp gas điều hòa :: Charging air conditioners with refrigerant :: bơm gas; nạp ga; gas R32; nap gas :: 0b95eb5d-f3eb-4387-a0bb-094a394196c7
Vệ sinh, bảo dưỡng điều hòa :: Cleaning and servicing air conditioners :: vệ sinh máy lạnh; bảo dưỡng máy lạnh; ve sinh dieu hoa
Chẩn đoán và sửa lỗi điều hòa inverter :: Diagnosing and repairing inverter air conditioners :: mã lỗi điều hòa; board điều hòa; inverter; sua dieu hoa inverter
Sửa chữa tủ lạnh, tủ đông :: Repairing refrigerators and freezers :: sửa tủ lạnh; tủ mát; tủ đông; sua tu lanh :: aeb5c424-120a-4d80-82a9-e24c5044714c
Sửa chữa máy giặt :: Repairing washing machines :: sửa máy giặt; máy giặt cửa ngang; sua may giat
Hàn ống đồng :: Brazing copper pipes :: hàn gió đá; hàn đồng; hàn bạc; han ong dong :: 10f24e0d-bd23-4432-b96b-e9f23136c503
Sửa chữa đồ điện gia dụng :: Repairing household electrical appliances :: sửa nồi cơm điện; quạt điện; bếp từ; đồ gia dụng; sua do gia dung :: aeb5c424-120a-4d80-82a9-e24c5044714c
Sửa chữa động cơ diesel nhỏ :: Repairing small diesel engines :: máy dầu; động cơ diesel; máy nổ; sua may dau :: 1bc7c69b-4292-4592-b854-f48165a06082
Sửa chữa máy làm đất, máy cày :: Repairing tillers and tractors :: sửa máy cày; máy xới; máy kéo; sua may cay :: 2c5fbce2-cd76-4ef9-83c4-3a1b9afad015
Sửa chữa máy gặt đập liên hợp :: Repairing combine harvesters :: máy gặt; máy gặt đập; sua may gat :: 2c5fbce2-cd76-4ef9-83c4-3a1b9afad015
Bảo trì phòng ngừa máy móc công nghiệp :: Preventive maintenance of industrial machinery :: bảo trì máy; bảo dưỡng máy móc; PM; bao tri may :: 3e4cdaee-740c-4754-9135-466362bbd22e
Tháo lắp, thay thế vòng bi, bánh răng, dây đai :: Replacing bearings, gears and belts :: vòng bi; bạc đạn; bánh răng; dây đai; thay vong bi
Bôi trơn máy móc :: Lubricating machinery :: tra dầu mỡ; bơm mỡ; bôi trơn; boi tron :: 2f58fc20-4528-410b-877f-3dec775f1b4e
Sửa chữa hệ thống khí nén, thủy lực cơ bản :: Basic repair of pneumatic and hydraulic systems :: khí nén; thủy lực; xi lanh; sua khi nen thuy luc :: 8eebf05f-4495-4fd5-b1f0-cb85750295be
Vận hành máy tiện vạn năng :: Operating conventional lathes :: máy tiện; thợ tiện; tiện ren; van hanh may tien :: e4a9ec84-4eb3-494b-8a70-0fcf0d687f03
Vận hành máy phay, máy khoan :: Operating milling and drilling machines :: máy phay; máy khoan bàn; phay; van hanh may phay :: 8e74635a-abf2-4c5a-a6b2-7d00827573d4
Mài sắc dụng cụ cắt :: Sharpening cutting tools :: mài dao tiện; mài mũi khoan; mai dao :: 8ed75e0b-673c-4eb3-984d-de566db5dbc6
Sử dụng thước cặp, panme và dụng cụ đo :: Using callipers, micrometers and measuring instruments :: thước cặp; panme; đồng hồ so; đo kiểm; thuoc cap :: 42c25baf-ccb3-47d9-a872-bb2ceb615538
Đọc bản vẽ kỹ thuật cơ khí :: Reading mechanical engineering drawings :: bản vẽ cơ khí; đọc bản vẽ; dung sai; doc ban ve ky thuat :: b07daddc-8625-4360-946e-ad2b0e56ebf6
Nguội cơ bản (cưa, dũa, khoan, ta rô) :: Basic bench fitting (sawing, filing, drilling, tapping) :: nguội; dũa; ta rô; cưa tay; nguoi co ban :: 7cd6de25-f691-4aac-81a2-a9d09b004b38
# craft
Chuẩn bị và nhào đất làm gốm :: Preparing and wedging clay :: nhào đất; đất sét; lọc đất; nhao dat :: d022a654-089c-4a10-a1ab-6c7dc7fcea49
Tạo hình gốm trên bàn xoay :: Throwing pottery on the wheel :: vuốt gốm; bàn xoay; làm gốm; chuốt gốm; tao hinh gom :: f1a68bc3-fec2-45bb-bc87-ff7dcbd36df0
Tạo hình gốm bằng khuôn :: Forming pottery in moulds (slip casting, press moulding) :: đổ rót; in khuôn; gốm khuôn; tao hinh gom bang khuon
Làm khuôn thạch cao :: Making plaster moulds :: khuôn thạch cao; làm khuôn; lam khuon thach cao :: 0e75b620-7f75-408a-a625-12d3dbd1c104
Sửa mộc và hoàn thiện sản phẩm gốm :: Trimming and finishing greenware :: sửa mộc; gốm mộc; sửa hàng; sua moc
Pha chế và tráng men gốm :: Mixing and applying ceramic glazes :: tráng men; men gốm; nhúng men; men rạn; trang men :: a34eda1e-bdef-4b1d-894e-3f62b025e457
Vẽ trang trí trên gốm :: Painting decoration on ceramics :: vẽ gốm; vẽ lam; vẽ màu; ve gom :: 7655b81b-0fff-4c04-927a-25c6662d31a8
Đắp nổi, khắc trang trí gốm :: Relief and carved decoration on ceramics :: đắp nổi; khắc gốm; dap noi gom :: 5e0ead74-5711-45ef-ba64-a88b0572aafe
Nung gốm bằng lò gas :: Firing pottery in gas kilns :: lò nung; nung gốm; lò ga; nung gom :: 3e8aee6b-9ec5-486d-b8c8-ed69098e8b1d
Sơ chế, xử lý nguyên liệu mây tre :: Preparing and treating rattan and bamboo :: ngâm tre; sấy mây; chống mốc mây tre; xu ly may tre :: 38822ee4-8fd8-4b1e-867e-0b72cc2080f7
Chẻ và vót nan :: Splitting and shaving cane strips :: chẻ nan; vót nan; chuốt mây; che nan :: 6c237701-1e50-4700-894b-25394349c57f
Đan lát mây tre :: Weaving rattan and bamboo :: đan mây; đan tre; đan giỏ; mây tre đan; dan lat :: 62c7900c-bc78-469e-9011-cec20a93e555
Uốn và định hình khung sản phẩm mây tre :: Bending and shaping rattan frames :: uốn mây; làm khung; uốn khung; uon may
Hoàn thiện, sơn phủ sản phẩm mây tre :: Finishing and coating rattan and bamboo products :: sơn mây tre; phủ dầu bóng; hoan thien may tre
Làm nón lá :: Making conical leaf hats :: nón lá; chằm nón; khâu nón; lam non la
Chuẩn bị vóc sơn mài :: Preparing lacquer panels :: bó hom; vóc sơn mài; làm nền; chuan bi voc
Sơn, mài và đánh bóng sơn mài :: Applying, sanding and polishing lacquer :: sơn mài; mài sơn; sơn ta; đánh bóng; son mai :: 59fa75d2-b3bf-4929-9410-80c381861e08
Thếp vàng, bạc trang trí :: Gilding with gold and silver leaf :: thếp vàng; dát vàng; thếp bạc; thep vang
Khảm trai, khảm vỏ trứng :: Mother-of-pearl and eggshell inlay :: khảm trai; khảm ốc; vỏ trứng; kham trai
Cưa, cắt và mài trai ốc :: Cutting and grinding shell pieces :: cưa trai; mài vỏ ốc; cua trai
Thêu tay các mũi cơ bản :: Basic hand-embroidery stitches :: thêu tay; mũi thêu; thêu; theu tay :: 1fe563ab-47b8-4092-98d6-2ac94952891e
Can và in mẫu thêu lên vải :: Transferring embroidery designs onto fabric :: can mẫu; in mẫu thêu; can mau theu :: b7c00b85-e5b5-4c97-8bef-f0d7bd9db8d7
Thêu tranh nghệ thuật :: Embroidering art pictures :: tranh thêu; thêu tranh; theu tranh
Móc len, đan ren :: Crocheting and lace-making :: móc len; đan len; ren; moc len
Chạm khắc gỗ :: Wood carving :: chạm gỗ; đục gỗ; khắc gỗ; tạc tượng; cham khac go :: 4c08e39a-1a4b-4ab9-98f8-97d975850fb1
Sử dụng và mài sắc đục chạm :: Using and sharpening carving chisels :: đục chạm; mài đục; dung cu cham :: 12cbdcb1-c22c-4289-ad7c-665ffe569185
Chọn và pha xẻ gỗ :: Selecting and cutting timber :: chọn gỗ; xẻ gỗ; pha gỗ; chon go
Gia công mộng và lắp ráp đồ gỗ :: Cutting joints and assembling wooden furniture :: làm mộng; lắp ráp đồ gỗ; thợ mộc; gia cong mong :: 2e8e2acf-5d58-4d99-807d-2ed77a6c8b17
Chà nhám và sơn hoàn thiện đồ gỗ :: Sanding and finishing wooden furniture :: chà nhám; sơn PU; đánh vecni; cha nham :: 88ea614f-7e96-48fd-bf0b-96bf00bdb098
Vận hành máy chế biến gỗ :: Operating woodworking machines :: máy cưa; máy bào; máy phay gỗ; may che bien go :: f2f9934c-b462-43e1-9172-432cf1904c8c
Thiết kế mẫu sản phẩm thủ công mỹ nghệ :: Designing handicraft products :: mẫu mã; thiết kế mẫu; sáng tác mẫu; thiet ke mau :: fd4386c5-96f0-4c6e-970c-c08729ae0cc6
Kiểm tra và đóng gói hàng thủ công mỹ nghệ :: Inspecting and packing handicrafts for export :: đóng gói hàng xuất khẩu; kiểm hàng mỹ nghệ; dong goi hang my nghe
# services
Chăm sóc vệ sinh cá nhân cho người cao tuổi :: Helping older people with personal hygiene :: tắm cho người già; vệ sinh người già; chăm người già; cham soc nguoi gia :: 261e740b-d32d-4356-94a8-3ea29128b70b
Hỗ trợ người cao tuổi ăn uống và dùng thuốc :: Helping older people eat and take their medicines :: cho người già ăn; nhắc uống thuốc; ho tro an uong :: d2f78372-c23b-41ef-bce3-2874f587579c
Di chuyển và nâng đỡ người bệnh an toàn :: Moving and lifting patients safely :: đỡ người bệnh; xe lăn; chuyển tư thế; nang do nguoi benh :: 949c119b-3433-439f-8ca9-1a9ce04b696d
Theo dõi mạch, nhiệt độ, huyết áp :: Checking pulse, temperature and blood pressure :: đo huyết áp; đo nhiệt độ; dấu hiệu sinh tồn; do huyet ap :: d3b74d50-7fc9-4051-9335-58d129a4a064
Chăm sóc người bệnh nằm lâu, phòng loét :: Caring for bedridden patients and preventing pressure sores :: loét tì đè; người nằm liệt; cham soc nguoi nam lau
Chăm sóc người sa sút trí tuệ :: Caring for people with dementia :: lẫn tuổi già; sa sút trí tuệ; Alzheimer; cham soc nguoi lan
Giao tiếp và hỗ trợ tinh thần người cao tuổi :: Communicating with and supporting older people emotionally :: trò chuyện với người già; hỗ trợ tâm lý; giao tiep nguoi cao tuoi :: 9aa2a1cb-37a6-4f3b-9610-0dadee1ec8ed
Nấu ăn dinh dưỡng cho người cao tuổi, người bệnh :: Cooking nutritious meals for older and sick people :: nấu cháo; chế độ ăn bệnh lý; nau an cho nguoi benh :: 6b6babbe-2243-4772-9f8b-daa4c43c92a0
Chăm sóc trẻ sơ sinh và trẻ nhỏ :: Caring for newborns and young children :: chăm trẻ; trông trẻ; tắm bé; pha sữa; cham tre :: 5ff6f551-f2a4-4cef-a72d-e81116155a43
Tổ chức hoạt động vui chơi cho trẻ :: Organising play activities for children :: chơi với trẻ; trò chơi cho bé; vui choi cho tre :: 94b01483-f13d-48ba-b8a9-ef8f18fcb2dc
Dọn dẹp, vệ sinh nhà cửa :: Cleaning and tidying homes :: dọn nhà; lau nhà; giúp việc; osin; don dep nha cua :: 7bb01a18-4637-4535-ba18-258f48f705b8
Giặt là và chăm sóc quần áo :: Laundering and caring for clothes :: giặt đồ; là quần áo; ủi đồ; giat la :: 04838ae5-a737-48a0-a782-3d1b6b6cb75b
Vệ sinh công nghiệp :: Commercial and industrial cleaning :: vệ sinh tòa nhà; lau kính; máy chà sàn; ve sinh cong nghiep :: a2cd3b30-2d6c-473e-a5d4-4e7cb576babe
Sơ chế nguyên liệu món ăn :: Preparing food ingredients :: sơ chế; nhặt rau; làm cá; so che nguyen lieu :: 4b15a965-9bb4-42f1-8e44-1024aeb0b08c
Sử dụng dao và kỹ thuật cắt thái :: Knife skills and cutting techniques :: cắt thái; tỉa hoa; dao bếp; cat thai :: c42d2a2a-2f55-45ac-beb1-0a8a76412457
Nấu các món ăn Việt Nam :: Cooking Vietnamese dishes :: nấu ăn; nấu cơm; món Việt; đầu bếp; nau an :: f3934441-4bff-4076-9945-e6c51a01c467
Chế biến món ăn cỗ, tiệc :: Cooking banquet and party dishes :: nấu cỗ; làm cỗ; tiệc cưới; nau co
Xây dựng thực đơn và tính khẩu phần :: Planning menus and portions :: lên thực đơn; thực đơn; khẩu phần; xay dung thuc don :: 5c6ca864-76d5-4217-b3e1-9a7ba7f8f47b
Bảo đảm vệ sinh an toàn thực phẩm :: Ensuring food hygiene and safety :: an toàn thực phẩm; vệ sinh thực phẩm; ATTP; ve sinh an toan thuc pham :: 0ff99f51-40d9-42f1-a1ec-377b2bb5e15f
Bảo quản thực phẩm đúng cách :: Storing food correctly :: bảo quản thực phẩm; tủ đông; bao quan thuc pham :: 29b326ea-a9c8-4963-b35a-8541d0cdff77
Làm bánh mì, bánh ngọt :: Baking bread and cakes :: làm bánh; bánh mì; bánh ngọt; lam banh :: 5626b3b1-5415-47f6-acf1-b573d457d180
Trang trí bánh kem :: Decorating cream cakes :: bánh kem; bánh sinh nhật; bắt kem; trang tri banh kem :: 2f1168be-b456-4d47-ba56-f122d0b79085
Làm bánh truyền thống :: Making traditional Vietnamese cakes :: bánh chưng; bánh giầy; bánh cuốn; banh truyen thong
Phục vụ bàn theo quy trình :: Table service to standard :: bồi bàn; chạy bàn; phục vụ nhà hàng; phuc vu ban :: 42a6eff0-e9d9-423d-877b-e48fe91ff26f
Bày bàn ăn và chuẩn bị phòng ăn :: Setting tables and preparing the dining room :: set bàn; xếp bàn; bay ban an :: 906d21c9-7a9c-4919-817d-10676f9ddfe4
Pha chế đồ uống cơ bản :: Preparing basic drinks (coffee, tea, juices) :: pha chế; pha cà phê; trà sữa; barista; pha che :: e4fb4f26-1c0c-45e4-9250-5be32cee2a48
Xử lý yêu cầu và phàn nàn của khách :: Handling customer requests and complaints :: khiếu nại; phàn nàn; xử lý khách khó tính; xu ly phan nan :: 28d715e3-3e5b-4fb6-8dd2-4be4919c8587
Đón tiếp và làm thủ tục lưu trú cho khách :: Welcoming guests and handling check-in and check-out :: lễ tân; check-in; nhận phòng; don tiep khach :: 25c0b413-f474-42fa-be01-20289d2634c4
Dọn buồng và chuẩn bị phòng cho khách :: Cleaning and preparing guest rooms :: dọn phòng; buồng phòng; trải ga; don buong :: 50e2757f-ba69-46ce-98a4-a1e95051cfbe
Tổ chức trải nghiệm du lịch nông nghiệp, làng nghề :: Running farm and craft-village tourism experiences :: du lịch trải nghiệm; du lịch cộng đồng; agritourism; du lich trai nghiem :: c89a3068-fe2d-404a-b505-eeeee71b3da0
Thuyết minh điểm du lịch :: Guiding and commentating at tourist sites :: thuyết minh; hướng dẫn viên; dẫn tour; thuyet minh :: 350c932d-f9b3-4adb-a5cc-cd5cff4a1912
Cắt tóc nam :: Men's haircutting :: cắt tóc; hớt tóc; barber; cat toc nam :: 98b28b00-81e6-41f0-8283-2335c9f5d3f3
Cắt và tạo kiểu tóc nữ :: Cutting and styling women's hair :: tạo kiểu tóc; làm tóc; sấy tóc; tao kieu toc :: 0b6c4174-a862-480d-8d55-44f7cf7ac365
Uốn, duỗi, nhuộm tóc :: Perming, straightening and colouring hair :: uốn tóc; duỗi tóc; nhuộm tóc; uon duoi nhuom :: dbc20527-0852-4dde-a2e9-d25d8356115f
Gội đầu và massage da đầu :: Shampooing and scalp massage :: gội đầu dưỡng sinh; massage đầu; goi dau :: 5fce4ae7-bbd6-4d91-9fd9-d7d6b0e6c3da
Chăm sóc và sơn móng tay, móng chân :: Manicures and pedicures :: làm móng; làm nail; sơn móng; nail; lam mong :: 24bd5079-e4f3-4bff-8ed7-7540080ce7ec
Đắp móng bột, móng gel :: Applying acrylic and gel nails :: móng bột; móng gel; úp móng; dap mong :: 4ff89a5c-b4be-491e-aaa2-3f31fb00a2d5
Chăm sóc da mặt cơ bản :: Basic facial skin care :: chăm sóc da; spa; đắp mặt nạ; cham soc da :: cbe6e2a5-f7bc-4162-9803-fcb9ecd86052
Trang điểm cơ bản :: Basic make-up :: trang điểm; makeup; make up; trang diem :: 8599fe11-e263-4e6c-a4a2-d6e8d2498b5a
Vệ sinh và khử trùng dụng cụ làm đẹp :: Cleaning and sterilising beauty tools :: khử trùng dụng cụ; tiệt trùng; khu trung dung cu
Lái xe ô tô an toàn :: Driving a car safely and defensively :: lái xe; học lái xe; bằng B; lái xe an toàn; lai xe :: fe490139-ccc4-4b82-ab55-5c6708cb0e30
Chấp hành luật giao thông đường bộ :: Observing road traffic law :: luật giao thông; biển báo; luat giao thong :: 48f480aa-c9a8-4552-b1c5-e94330912257
Kiểm tra xe trước khi vận hành :: Pre-trip vehicle checks :: kiểm tra xe; kiểm tra lốp, dầu, phanh; kiem tra xe :: 710c37e5-a6df-4755-9482-2e87db91f593
Sử dụng bản đồ số và ứng dụng định vị :: Using digital maps and navigation apps :: Google Maps; bản đồ; định vị; GPS; ban do so :: 97fb21db-a4e5-4b03-af21-03b9d510d872
Giao nhận hàng và thu tiền hộ (COD) :: Delivering parcels and collecting cash on delivery :: giao hàng; shipper; ship COD; thu hộ; giao hang
Sắp xếp, bốc xếp hàng hóa trong kho :: Stacking and handling goods in a warehouse :: bốc xếp; xếp hàng; kho bãi; boc xep :: 3d086228-d7fc-4c23-972a-22b7d44a6173
Nhập, xuất kho và kiểm kê hàng hóa :: Receiving, dispatching and stocktaking :: nhập kho; xuất kho; kiểm kê; thủ kho; nhap xuat kho :: b3b2547b-5c37-4d21-8ee5-f01b6bd672ae
Vận hành xe nâng hàng :: Operating forklift trucks :: lái xe nâng; xe nâng; forklift; lai xe nang :: 28cb374e-6261-4133-8371-f9a5470145da
Tuần tra, canh gác và kiểm soát ra vào :: Patrolling, guarding and access control :: bảo vệ; canh gác; trực cổng; tuan tra :: e95dc989-ae49-49c6-bfc4-9aef35e92f35
Xử lý tình huống an ninh :: Handling security incidents :: trộm cắp; xử lý sự cố an ninh; xu ly tinh huong an ninh :: 4fb7c7aa-9f19-4cc3-9e19-64ce564f22f5
Tư vấn và bán hàng trực tiếp :: Advising customers and selling face to face :: bán hàng; tư vấn khách; nhân viên bán hàng; ban hang :: 29a50780-f81b-429c-b410-7f23a492e19d
Trưng bày hàng hóa :: Displaying merchandise :: bày hàng; trưng bày; xếp kệ; trung bay :: e4aea84e-6f33-41f9-a61c-53cf5125ea26
Thu ngân và sử dụng máy bán hàng (POS) :: Operating a cash register (POS) :: thu ngân; máy tính tiền; POS; thu ngan :: 0cb013af-6dd9-4fb2-b34e-63dda1a5cf82
Cắm hoa nghệ thuật :: Flower arranging :: cắm hoa; bó hoa; lẵng hoa; cam hoa :: 24a776a7-73f2-48a0-9b3e-93b8c78997e4
Lập và quản lý chứng từ kế toán :: Preparing and filing accounting vouchers :: chứng từ; hóa đơn; phiếu thu chi; chung tu ke toan :: e2e15494-65b9-4af5-8b86-53fb51e7e022
Ghi sổ kế toán :: Bookkeeping :: sổ sách kế toán; vào sổ; kế toán; ghi so ke toan :: ecc18804-a466-40d9-98b4-fba5cd67dd4b
Lập báo cáo tài chính đơn giản :: Preparing simple financial statements :: báo cáo tài chính; quyết toán; bao cao tai chinh :: 60f51172-37c0-4933-a27a-cbf55dcd7580
Quản lý thu chi tiền mặt :: Managing cash receipts and payments :: thủ quỹ; quỹ tiền mặt; thu chi; quan ly thu chi :: 63321ecf-4fc6-44d9-88f1-5373a4f3038a
Kê khai và nộp thuế :: Filing and paying taxes :: khai thuế; thuế hộ kinh doanh; ke khai thue :: 22a173f5-868c-4d82-87e6-beed500ce070
# digital
Sử dụng máy tính cơ bản :: Basic computer use :: vi tính; tin học; máy tính; tin học cơ bản; su dung may tinh; vi tinh :: d15ce60f-ddab-41ce-ba56-398451b77b60
Soạn thảo văn bản Word :: Word processing with Word :: Word; đánh máy; soạn văn bản; tin học văn phòng; vi tính văn phòng; soan thao van ban; tin hoc van phong :: 81633a44-f1db-4a01-a940-804c6905e330
Sử dụng Excel cơ bản :: Basic Excel spreadsheets :: Excel; bảng tính; tính toán Excel; su dung excel :: 1973c966-f236-40c9-b2d4-5d71a89019be
Làm bài trình chiếu PowerPoint :: Making PowerPoint presentations :: PowerPoint; slide; trình chiếu; lam powerpoint :: 234aeb8d-56c3-4531-9193-1c5e6a8d16cb
Gõ bàn phím mười ngón :: Touch typing :: gõ 10 ngón; đánh máy nhanh; go ban phim :: ca49669b-1f59-4d1a-8e77-c77014ba93dc
Sử dụng Internet và thư điện tử :: Using the internet and e-mail :: email; Gmail; tìm kiếm Google; lên mạng; su dung internet :: b080a008-a35d-4bd0-92e9-edf3773bb2b7
Lưu trữ và chia sẻ tài liệu trên đám mây :: Storing and sharing files in the cloud :: Google Drive; đám mây; cloud; luu tru dam may :: 4d97e3c3-f335-47cc-a4ee-0d779fd42222
An toàn thông tin và phòng tránh lừa đảo trực tuyến :: Online safety and avoiding internet scams :: lừa đảo qua mạng; bảo mật; mật khẩu; an toan thong tin :: 33a82b83-c838-4889-ae62-fae1317481eb :: an-toan-thong-tin-phong-lua-dao-truc-tuyen
Thanh toán điện tử và ví điện tử :: Electronic payments and e-wallets :: ví điện tử; chuyển khoản; QR thanh toán; Momo; thanh toan dien tu
Sử dụng dịch vụ công trực tuyến :: Using online public services :: dịch vụ công; VNeID; nộp hồ sơ online; dich vu cong :: d908a818-70ef-419e-9d60-8f459114cb2f
Sử dụng công cụ trí tuệ nhân tạo trong công việc :: Using AI tools at work :: AI; trí tuệ nhân tạo; ChatGPT; chatbot; tri tue nhan tao
Mở và quản lý gian hàng trên sàn thương mại điện tử :: Opening and running a shop on e-commerce marketplaces :: Shopee; Lazada; TikTok Shop; sàn TMĐT; bán hàng online; mo gian hang :: b1272de4-1f5f-408b-8b26-061f2550fc72 :: quan-ly-gian-hang-san-thuong-mai-dien-tu
Đăng sản phẩm và viết mô tả bán hàng :: Listing products and writing sales copy :: đăng sản phẩm; viết mô tả; viết content; dang san pham :: ce592b28-4467-4908-b2e6-64bbe18da631
Quản lý đơn hàng trên sàn thương mại điện tử :: Managing orders on e-commerce marketplaces :: xử lý đơn; đơn hàng online; chốt đơn; quan ly don hang :: d5fa1ed6-6cd8-41b9-8e78-2ba168ff3457
Đóng gói và gửi hàng cho đơn vị vận chuyển :: Packing orders and handing them to carriers :: gửi hàng; đóng gói đơn online; giao vận; dong goi gui hang
Chăm sóc khách hàng trực tuyến :: Online customer care and after-sales service :: trả lời tin nhắn; inbox khách; đổi trả; cham soc khach hang online :: 846f6e5c-1a74-491d-b756-753c01d785dd
Bán hàng qua Zalo và Facebook :: Selling through Zalo and Facebook :: bán hàng Facebook; bán hàng Zalo; bán online; ban hang zalo :: 64e09849-a7db-4d6b-a932-66264420eb97
Quản trị trang Facebook bán hàng :: Managing a Facebook sales page :: fanpage; trang bán hàng; quản trị page; quan tri fanpage :: 5303169c-75d6-4751-9136-a4b88343388c
Chạy quảng cáo trên mạng xã hội :: Running social media ads :: chạy ads; quảng cáo Facebook; quảng cáo TikTok; chay quang cao :: 750f86d2-18be-4015-84b1-d4a26d9b2d88
Lập kế hoạch nội dung cho kênh TikTok :: Planning content for a TikTok channel :: xây kênh TikTok; kịch bản video; content; ke hoach noi dung :: 5fd5c985-eaaa-47aa-8314-62359c54505a
Livestream bán hàng trên TikTok, Facebook :: Live-stream selling on TikTok and Facebook :: livestream; phát trực tiếp; live bán hàng; lên live; livestream ban hang
Xây dựng kịch bản livestream :: Scripting live-stream sales sessions :: kịch bản live; kich ban livestream
Chụp ảnh sản phẩm bằng điện thoại :: Photographing products with a smartphone :: chụp ảnh sản phẩm; chụp hình; chup anh san pham
Quay và dựng video ngắn bằng điện thoại :: Shooting and editing short videos on a smartphone :: CapCut; quay video; dựng video; edit video; quay dung video :: 5ce80f97-b385-4a41-9339-a6593d0709c1
Chỉnh sửa ảnh :: Editing photos :: sửa ảnh; chỉnh ảnh; photoshop ảnh; chinh sua anh :: df11ab22-3c40-4dc8-ab0c-e9f41e62449e
Thiết kế ấn phẩm bằng Canva :: Designing with Canva :: Canva; thiết kế banner; poster; thiet ke canva
Thiết kế đồ họa với Photoshop :: Graphic design with Photoshop :: Photoshop; PTS; đồ họa; thiet ke photoshop :: 14ced458-5f4b-495f-bd3d-9c240614bda0
Thiết kế đồ họa vector với Illustrator, CorelDRAW :: Vector graphics with Illustrator and CorelDRAW :: AI Illustrator; Corel; vector; thiet ke vector :: 27b913f0-3c52-448b-ad27-fc6ef08fb326
Thiết kế logo, nhãn mác sản phẩm :: Designing logos and product labels :: logo; nhãn mác; bao bì; tem nhãn; thiet ke logo :: f058bf62-70d1-4f5e-be2a-8b26fac24a96
Thay màn hình, pin, chân sạc điện thoại :: Replacing phone screens, batteries and charging ports :: thay màn hình; thay pin; thay chân sạc; sửa điện thoại; thay man hinh :: 55cd5608-1497-4ed1-96d0-cb9494749a09
Cài đặt phần mềm và cứu dữ liệu điện thoại :: Installing phone software and recovering data :: up rom; cài phần mềm; cứu dữ liệu; cai dat dien thoai :: c8de8023-ab8a-402b-a828-b2b57cd3b2f7
Chẩn đoán và sửa chữa main điện thoại :: Diagnosing and repairing phone mainboards :: sửa main; sửa bo mạch điện thoại; đo dòng; sua main dien thoai
Lắp đặt camera giám sát :: Installing CCTV cameras :: camera an ninh; camera IP; đầu ghi; lắp camera; lap camera
Lắp đặt và cấu hình mạng Wi-Fi :: Installing and configuring Wi-Fi networks :: wifi; modem; router; cục phát wifi; lap wifi
Bấm đầu và đi dây cáp mạng :: Crimping and running network cables :: bấm dây mạng; cáp mạng; RJ45; LAN; bam day mang :: fd60bbcc-c3b6-4fa5-936c-eef5ae0a2d44
Sử dụng phần mềm kế toán :: Using accounting software :: phần mềm kế toán; MISA; ke toan may; phan mem ke toan :: a0d79341-8398-4019-ad1b-27888ec35aaa
Sử dụng phần mềm quản lý kho và máy quét mã vạch :: Using warehouse software and barcode scanners :: mã vạch; máy quét; phần mềm kho; barcode; ma vach :: fd79b3c4-e264-41b5-bada-49ba5f317588
Đăng phòng homestay trên nền tảng đặt phòng trực tuyến :: Listing a homestay on online booking platforms :: Booking.com; Airbnb; Agoda; đăng phòng; dang phong homestay ::  :: dang-phong-homestay-truc-tuyen
# transversal
An toàn lao động :: Occupational safety and health :: an toàn lao động; ATLĐ; vệ sinh lao động; an toan lao dong :: 198b614d-a9af-46f5-b3fd-2672b401dd8e
Sử dụng trang bị bảo hộ lao động :: Using personal protective equipment :: đồ bảo hộ; khẩu trang; găng tay; mũ bảo hộ; bao ho lao dong :: 6122d586-5978-431f-8e7a-96e61fc1f3fc
Làm việc an toàn trên cao :: Working safely at height :: dây an toàn; làm việc trên cao; lam viec tren cao :: fafbb75f-ec35-4cc2-996a-20c85ef6c266
Sơ cứu cơ bản :: Basic first aid :: sơ cứu; cấp cứu ban đầu; hô hấp nhân tạo; so cuu :: 1d21f6ad-340f-45da-a0a3-4e83867f47a6
Phòng cháy, chữa cháy cơ bản :: Basic fire prevention and fire-fighting :: PCCC; bình chữa cháy; cháy nổ; phong chay chua chay :: fb1203d0-7a3e-44f9-bed0-a3652bfbc6f8
Sử dụng hóa chất an toàn :: Handling chemicals safely :: hóa chất; nhãn hóa chất; độc hại; hoa chat an toan :: 89d2bb53-67fc-4b9e-80c7-07b6c587bc0d
Giao tiếp với khách hàng :: Communicating with customers :: giao tiếp; ứng xử với khách; nói chuyện với khách; giao tiep khach hang :: 0da516ee-e70e-4384-be13-f5ff80be8127
Làm việc nhóm :: Teamwork :: làm việc nhóm; phối hợp; teamwork; lam viec nhom :: 60c78287-22eb-4103-9c8c-28deaa460da0
Giải quyết vấn đề :: Solving problems :: xử lý tình huống; giải quyết sự cố; giai quyet van de :: adc6dc11-3376-467b-96c5-9b0a21edc869
Quản lý thời gian :: Managing time :: sắp xếp thời gian; đúng giờ; quan ly thoi gian :: d9013e0e-e937-43d5-ab71-0e917ee882b8
Tuân thủ kỷ luật và nội quy lao động :: Following workplace rules and discipline :: nội quy; kỷ luật lao động; tác phong công nghiệp; ky luat lao dong :: f5f5b244-6cea-4fbc-8a50-8f712791bc09
Tiếng Anh giao tiếp cơ bản :: Basic spoken English :: tiếng Anh; English; tieng anh :: 0ee9e985-0ee5-4a73-8a12-78b53b261bb2
Đàm phán và thuyết phục khách hàng :: Negotiating with and persuading customers :: trả giá; thuyết phục; chốt giá; dam phan :: 7ee9fb56-91b1-4363-b51f-ea54ae1b5761
Quản lý tài chính cá nhân, gia đình :: Managing personal and household finances :: chi tiêu gia đình; tiết kiệm; quản lý tiền; tai chinh ca nhan :: 73d95ec0-d7fb-45e5-8134-b2ee1c0be8af
Tính giá thành và lợi nhuận :: Calculating production costs and profit :: tính lãi lỗ; giá thành; hạch toán; tinh gia thanh :: 6f8f86f8-0ef9-4dd6-8e29-7d790e65706b
Khởi sự kinh doanh hộ gia đình :: Starting a household business :: khởi nghiệp; mở cửa hàng; hộ kinh doanh; khoi nghiep :: 658605f2-1c95-49f0-bd98-0af7b15ad0b0
Lập kế hoạch kinh doanh :: Writing a business plan :: kế hoạch kinh doanh; phương án kinh doanh; ke hoach kinh doanh :: ead58f22-0af5-467c-ac1e-b750e4e1ac6a
Vay vốn và sử dụng vốn vay hiệu quả :: Borrowing and using loans effectively :: vay vốn; ngân hàng chính sách; vay ưu đãi; vay von
Tìm hiểu và tiếp cận thị trường :: Researching and reaching markets :: thị trường; tìm đầu ra; tiêu thụ; tim dau ra :: fe39d4db-4cb5-4299-bb9f-896c8fd6ab13
Quản lý hợp tác xã :: Managing a cooperative :: HTX; hợp tác xã; điều hành HTX; quan ly htx
Liên kết sản xuất và tiêu thụ theo chuỗi giá trị :: Production linkages and value chains :: liên kết chuỗi; hợp đồng bao tiêu; chuỗi giá trị; lien ket chuoi
Xây dựng và phát triển sản phẩm OCOP :: Developing OCOP products :: OCOP; sản phẩm OCOP; mỗi xã một sản phẩm; san pham ocop :: 63f224ea-d889-42ea-b3ef-730ef78c7176
Phân loại rác và bảo vệ môi trường :: Sorting waste and protecting the environment :: phân loại rác; rác thải; môi trường; phan loai rac :: 110d7aa3-e44e-4cce-a927-8d4de615f3d9
Sử dụng năng lượng tiết kiệm và hiệu quả :: Using energy efficiently :: tiết kiệm điện; tiết kiệm năng lượng; tiet kiem nang luong :: 83fc0b2b-6cd2-46af-b1ff-d3fc83604c26
Tìm việc và chuẩn bị hồ sơ xin việc :: Job searching and preparing a job application :: xin việc; viết CV; phỏng vấn; tìm việc; tim viec :: 929e89f9-ac69-4bcb-9eea-37257aa5aff9
Hiểu biết pháp luật lao động :: Knowing basic labour law :: hợp đồng lao động; bảo hiểm xã hội; BHXH; luat lao dong :: b3f22ab4-b553-439d-80a2-5b8ae6d11e0d
Tự học và cập nhật kỹ thuật mới :: Self-directed learning and keeping skills up to date :: tự học; học nghề; nâng cao tay nghề; tu hoc :: a8d24a95-47b3-4f88-92e7-06600bcd3612
"""


def parse_skills(text):
    skills, group = [], None
    for line in text.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("#"):
            group = line[1:].strip()
            continue
        f = [x.strip() for x in line.split("::")]
        f += [""] * (5 - len(f))
        label_vi, label_en, alts, esco, code = f[:5]
        skills.append(dict(group=group, label_vi=nfc(label_vi), label_en=label_en,
                           alts=[nfc(a.strip()) for a in alts.split(";") if a.strip()],
                           esco=esco, code=code or slug(label_vi)))
    return skills


# Each occupation: code, ISCO-08 unit group, Vietnamese name, English name, sector,
# ESCO occupation UUID (or ""), description, essential skills, optional skills.
OCCUPATIONS = [
    # ---------------------------------------------------------------- high-tech agriculture
    ("ky-thuat-vien-trong-rau-thuy-canh", "6113", "Kỹ thuật viên trồng rau thủy canh",
     "Hydroponic vegetable grower", "high_tech_agriculture", "",
     "Trồng rau ăn lá, rau gia vị trên hệ thống thủy canh hồi lưu hoặc thủy canh tĩnh; pha chế, "
     "đo và điều chỉnh dung dịch dinh dưỡng, theo dõi sinh trưởng và thu hoạch rau sạch cung cấp "
     "cho siêu thị, bếp ăn tập thể.",
     "pha-che-dung-dich-dinh-duong-thuy-canh do-va-dieu-chinh-ec-ph-dung-dich-dinh-duong "
     "trong-rau-thuy-canh-hoi-luu-nft trong-rau-thuy-canh-tinh uom-cay-con-trong-khay-bau "
     "quan-ly-dich-hai-trong-nha-mang ghi-chep-nhat-ky-san-xuat thu-hoach-va-so-che-rau-qua",
     "trong-rau-mam-va-rau-vi-xanh giam-sat-dieu-khien-trang-trai-qua-dien-thoai "
     "truy-xuat-nguon-goc-nong-san-bang-ma-qr khu-trung-ve-sinh-nha-mang-giua-cac-vu "
     "tinh-gia-thanh-va-loi-nhuan"),
    ("nguoi-trong-rau-dua-trong-nha-mang", "6113", "Người trồng rau, dưa trong nhà màng",
     "Greenhouse vegetable and melon grower", "high_tech_agriculture", "",
     "Sản xuất dưa lưới, cà chua, dưa chuột và rau cao cấp trong nhà màng, nhà lưới với hệ thống "
     "tưới nhỏ giọt và bón phân qua nước tưới; điều tiết nhiệt độ, độ ẩm và quản lý dịch hại "
     "theo quy trình khép kín.",
     "dieu-khien-tieu-khi-hau-trong-nha-mang trong-dua-luoi-trong-nha-mang "
     "trong-ca-chua-dua-chuot-trong-nha-mang trong-cay-tren-gia-the-xo-dua-trau-hun "
     "bon-phan-qua-he-thong-tuoi-fertigation van-hanh-va-bao-duong-he-thong-tuoi-tu-dong "
     "quan-ly-dich-hai-trong-nha-mang uom-cay-con-trong-khay-bau ghi-chep-nhat-ky-san-xuat",
     "lap-dung-nha-mang-nha-luoi khu-trung-ve-sinh-nha-mang-giua-cac-vu "
     "do-va-dieu-chinh-ec-ph-dung-dich-dinh-duong truy-xuat-nguon-goc-nong-san-bang-ma-qr "
     "su-dung-thien-dich-va-bay-sinh-hoc"),
    ("tho-lap-dat-he-thong-tuoi-tu-dong", "7126", "Thợ lắp đặt hệ thống tưới tự động",
     "Irrigation system installer", "high_tech_agriculture", "ef53663e-c295-43a4-a48e-84254270b138",
     "Khảo sát, thiết kế đơn giản và lắp đặt hệ thống tưới nhỏ giọt, phun mưa, phun sương cho "
     "vườn rau, vườn cây ăn quả và nhà màng; đấu nối máy bơm, bộ lọc, van điện từ, bộ hẹn giờ và "
     "hướng dẫn nông dân vận hành, bảo dưỡng.",
     "lap-dat-he-thong-tuoi-nho-giot lap-dat-he-thong-tuoi-phun-mua-phun-suong "
     "van-hanh-va-bao-duong-he-thong-tuoi-tu-dong bon-phan-qua-he-thong-tuoi-fertigation "
     "lap-dat-may-bom-va-bon-chua-nuoc lap-dat-duong-ong-cap-nuoc doc-so-do-mach-dien an-toan-dien",
     "lap-dat-cam-bien-iot-trang-trai han-noi-ong-nhua-ppr giam-sat-dieu-khien-trang-trai-qua-dien-thoai "
     "tinh-gia-thanh-va-loi-nhuan giao-tiep-voi-khach-hang"),
    ("ky-thuat-vien-nong-nghiep-thong-minh", "3142", "Kỹ thuật viên nông nghiệp thông minh (IoT)",
     "Smart farming (IoT) technician", "high_tech_agriculture", "",
     "Lắp đặt, cấu hình và bảo trì cảm biến, bộ điều khiển và phần mềm giám sát cho trang trại, "
     "nhà màng, chuồng nuôi; dùng số liệu thu được để điều khiển tưới, bón phân, chiếu sáng và "
     "cảnh báo sự cố.",
     "lap-dat-cam-bien-iot-trang-trai giam-sat-dieu-khien-trang-trai-qua-dien-thoai "
     "dieu-khien-tieu-khi-hau-trong-nha-mang van-hanh-va-bao-duong-he-thong-tuoi-tu-dong "
     "lap-dat-va-cau-hinh-mang-wi-fi doc-so-do-mach-dien an-toan-dien su-dung-excel-co-ban",
     "truy-xuat-nguon-goc-nong-san-bang-ma-qr van-hanh-chuong-trai-chan-nuoi-khep-kin "
     "nuoi-ca-trong-he-thong-tuan-hoan-ras lap-dat-tam-pin-nang-luong-mat-troi "
     "su-dung-cong-cu-tri-tue-nhan-tao-trong-cong-viec"),
    ("ky-thuat-vien-nuoi-cay-mo-thuc-vat", "3141", "Kỹ thuật viên nuôi cấy mô thực vật",
     "Plant tissue culture technician", "high_tech_agriculture", "",
     "Nhân giống lan, chuối, hoa và cây dược liệu bằng nuôi cấy mô trong phòng thí nghiệm: pha "
     "môi trường, cấy chuyển trong box vô trùng, theo dõi bình cấy và đưa cây con ra vườn ươm.",
     "nhan-giong-cay-bang-nuoi-cay-mo pha-che-moi-truong-nuoi-cay-mo thao-tac-vo-trung-trong-box-cay "
     "huan-luyen-cay-con-nuoi-cay-mo-ra-vuon-uom su-dung-hoa-chat-an-toan ghi-chep-nhat-ky-san-xuat",
     "san-xuat-cay-giong-trong-vuon-uom trong-lan-ho-diep-trong-nha-mang uom-cay-con-trong-khay-bau "
     "tu-hoc-va-cap-nhat-ky-thuat-moi"),
    ("nguoi-van-hanh-drone-nong-nghiep", "3153",
     "Người vận hành máy bay không người lái (drone) nông nghiệp",
     "Agricultural drone operator", "high_tech_agriculture", "27a88c48-1d09-4a8c-a82a-a61ea16476d9",
     "Lập kế hoạch bay, điều khiển drone phun thuốc bảo vệ thực vật, bón phân, gieo hạt cho đồng "
     "ruộng và vườn cây; bảo dưỡng thiết bị, tuân thủ quy định về an toàn bay và an toàn hóa chất.",
     "van-hanh-drone-phun-thuoc-bao-ve-thuc-vat lap-ke-hoach-bay-va-bao-duong-drone "
     "su-dung-thuoc-bao-ve-thuc-vat-an-toan su-dung-hoa-chat-an-toan "
     "su-dung-ban-do-so-va-ung-dung-dinh-vi su-dung-trang-bi-bao-ho-lao-dong",
     "dieu-tra-phat-hien-sau-benh-tren-dong-ruong phong-tru-sau-benh-theo-ipm "
     "giao-tiep-voi-khach-hang tinh-gia-thanh-va-loi-nhuan ghi-chep-nhat-ky-san-xuat"),
    ("nguoi-trong-lan-cong-nghe-cao", "6113", "Người trồng hoa lan công nghệ cao",
     "High-tech orchid grower", "high_tech_agriculture", "",
     "Trồng lan hồ điệp, địa lan trong nhà màng có điều khiển khí hậu; chăm sóc từ cây cấy mô đến "
     "khi ra hoa và xử lý nhiệt độ để hoa nở đúng dịp Tết, lễ hội.",
     "trong-lan-ho-diep-trong-nha-mang dieu-khien-ra-hoa-lan-theo-thoi-vu "
     "dieu-khien-tieu-khi-hau-trong-nha-mang huan-luyen-cay-con-nuoi-cay-mo-ra-vuon-uom "
     "trong-cay-tren-gia-the-xo-dua-trau-hun quan-ly-dich-hai-trong-nha-mang ghi-chep-nhat-ky-san-xuat",
     "lap-dung-nha-mang-nha-luoi lap-dat-he-thong-tuoi-phun-mua-phun-suong cam-hoa-nghe-thuat "
     "ban-hang-qua-zalo-va-facebook tim-hieu-va-tiep-can-thi-truong"),
    # ---------------------------------------------------------------- green agriculture
    ("nguoi-trong-rau-an-toan-theo-vietgap", "6113", "Người trồng rau an toàn theo VietGAP",
     "VietGAP safe-vegetable grower", "green_agriculture", "",
     "Sản xuất rau ăn lá, rau ăn quả theo quy trình VietGAP: lập kế hoạch, làm đất, gieo trồng, "
     "bón phân, phòng trừ sâu bệnh, thu hoạch, sơ chế và ghi chép nhật ký để truy xuất nguồn gốc.",
     "lap-ke-hoach-san-xuat-rau-theo-vietgap danh-gia-dieu-kien-san-xuat-theo-vietgap "
     "ghi-chep-nhat-ky-san-xuat lam-dat-va-len-luong gieo-hat-va-trong-cay-con "
     "bon-phan-can-doi-va-hop-ly phong-tru-sau-benh-theo-ipm su-dung-thuoc-bao-ve-thuc-vat-an-toan "
     "thu-hoach-va-so-che-rau-qua",
     "chuan-bi-ho-so-chung-nhan-vietgap luan-canh-xen-canh-cay-trong "
     "kiem-tra-nhanh-du-luong-thuoc-bao-ve-thuc-vat tuoi-nuoc-hop-ly-cho-cay-trong "
     "lap-dat-he-thong-tuoi-nho-giot lien-ket-san-xuat-va-tieu-thu-theo-chuoi-gia-tri"),
    ("nguoi-trong-hoa-cay-canh", "6113", "Người trồng hoa, cây cảnh",
     "Flower and ornamental plant grower", "green_agriculture", "",
     "Trồng và chăm sóc hoa cắt cành (cúc, hồng, ly, đào, quất) và cây cảnh, bonsai theo thời vụ; "
     "nhân giống, phòng trừ sâu bệnh và điều khiển cây ra hoa đúng dịp bán như ở vùng hoa Mê Linh, "
     "Đan Phượng.",
     "trong-va-cham-soc-hoa-cuc-hoa-hong trong-va-cham-soc-cay-canh-bonsai "
     "nhan-giong-cay-bang-giam-chiet-ghep lam-dat-va-len-luong bon-phan-can-doi-va-hop-ly "
     "phong-tru-sau-benh-theo-ipm tuoi-nuoc-hop-ly-cho-cay-trong ghi-chep-nhat-ky-san-xuat",
     "cam-hoa-nghe-thuat lap-dat-he-thong-tuoi-phun-mua-phun-suong ban-hang-qua-zalo-va-facebook "
     "bao-quan-nong-san-sau-thu-hoach"),
    ("nguoi-trong-cay-an-qua", "6112", "Người trồng cây ăn quả", "Fruit grower",
     "green_agriculture", "5aeaea2f-6585-4d3d-8f3e-1fdd9903aa32",
     "Trồng mới, chăm sóc, cắt tỉa và xử lý ra hoa, đậu quả cho bưởi, cam, nhãn, ổi…; phòng trừ sâu "
     "bệnh, bao quả, thu hoạch và bảo quản quả đạt chất lượng để bán.",
     "trong-moi-va-cham-soc-cay-an-qua cat-tia-tao-tan-cay-an-qua xu-ly-ra-hoa-dau-qua-cay-an-qua "
     "bao-qua-va-cham-soc-qua bon-phan-can-doi-va-hop-ly phong-tru-sau-benh-theo-ipm "
     "thu-hoach-va-so-che-rau-qua ghi-chep-nhat-ky-san-xuat",
     "nhan-giong-cay-bang-giam-chiet-ghep lap-dat-he-thong-tuoi-nho-giot "
     "su-dung-thien-dich-va-bay-sinh-hoc bao-quan-nong-san-sau-thu-hoach "
     "chuan-bi-ho-so-chung-nhan-vietgap to-chuc-trai-nghiem-du-lich-nong-nghiep-lang-nghe"),
    ("nguoi-san-xuat-cay-giong", "6113", "Người sản xuất cây giống", "Plant nursery grower",
     "green_agriculture", "",
     "Sản xuất cây giống rau, hoa, cây ăn quả và cây lâm nghiệp trong vườn ươm bằng gieo hạt, giâm, "
     "chiết, ghép; chăm sóc, phòng bệnh và xuất vườn cây giống đạt tiêu chuẩn.",
     "san-xuat-cay-giong-trong-vuon-uom nhan-giong-cay-bang-giam-chiet-ghep chon-va-xu-ly-hat-giong "
     "uom-cay-con-trong-khay-bau gieo-hat-va-trong-cay-con tuoi-nuoc-hop-ly-cho-cay-trong "
     "ghi-chep-nhat-ky-san-xuat",
     "nhan-giong-cay-bang-nuoi-cay-mo trong-cay-tren-gia-the-xo-dua-trau-hun "
     "pha-che-va-su-dung-phan-bon-huu-co ban-hang-qua-zalo-va-facebook"),
    ("nguoi-trong-nam", "6113", "Người trồng nấm", "Mushroom grower", "green_agriculture", "",
     "Xử lý rơm rạ, mùn cưa làm giá thể, đóng bịch, cấy giống và chăm sóc nấm sò, nấm rơm, mộc nhĩ, "
     "linh chi trong lán trại; thu hái, sơ chế, sấy khô và tiêu thụ nấm.",
     "xu-ly-nguyen-lieu-va-dong-bich-phoi-nam nhan-giong-nam-meo-giong "
     "trong-va-cham-soc-nam-so-nam-rom thu-hai-va-so-che-nam ghi-chep-nhat-ky-san-xuat",
     "say-kho-nong-san u-phan-huu-co-tu-phu-pham-nong-nghiep tinh-gia-thanh-va-loi-nhuan "
     "ban-hang-qua-zalo-va-facebook xay-dung-va-phat-trien-san-pham-ocop"),
    ("nguoi-trong-va-che-bien-che", "6112", "Người trồng và chế biến chè", "Tea grower and processor",
     "green_agriculture", "",
     "Trồng, đốn tỉa, bón phân và phòng trừ sâu bệnh cho nương chè; hái búp đúng kỹ thuật và sao "
     "chè thủ công hoặc bằng máy quy mô hộ gia đình như ở vùng chè Ba Vì.",
     "trong-va-cham-soc-cay-che hai-va-sao-che-thu-cong bon-phan-can-doi-va-hop-ly "
     "phong-tru-sau-benh-theo-ipm ghi-chep-nhat-ky-san-xuat",
     "san-xuat-theo-tieu-chuan-nong-nghiep-huu-co dong-goi-va-dan-nhan-san-pham "
     "xay-dung-va-phat-trien-san-pham-ocop to-chuc-trai-nghiem-du-lich-nong-nghiep-lang-nghe"),
    ("nguoi-chan-nuoi-gia-cam", "6122", "Người chăn nuôi gia cầm", "Poultry farmer",
     "green_agriculture", "d20fd82a-9d99-4335-ad83-87484e297a46",
     "Nuôi gà, vịt, ngan lấy thịt và trứng theo hướng an toàn sinh học: làm chuồng, úm con giống, "
     "phối trộn thức ăn, tiêm phòng, phát hiện và xử lý bệnh, ghi chép sổ sách chăn nuôi.",
     "chan-nuoi-ga-tha-vuon-an-toan-sinh-hoc nuoi-vit-ngan-an-toan-sinh-hoc "
     "lam-chuong-trai-chan-nuoi-hop-ve-sinh phoi-tron-thuc-an-chan-nuoi tiem-phong-vac-xin-cho-vat-nuoi "
     "phong-va-tri-benh-thuong-gap-o-gia-cam thuc-hien-an-toan-sinh-hoc-trong-chan-nuoi "
     "ghi-chep-nhat-ky-san-xuat",
     "ap-trung-gia-cam-bang-may chan-nuoi-tren-dem-lot-sinh-hoc van-hanh-chuong-trai-chan-nuoi-khep-kin "
     "tinh-gia-thanh-va-loi-nhuan vay-von-va-su-dung-von-vay-hieu-qua"),
    ("nguoi-chan-nuoi-lon", "6121", "Người chăn nuôi lợn", "Pig farmer", "green_agriculture",
     "ea3db1b3-7c03-4306-9e3d-7e20eb7f1826",
     "Chăm sóc lợn nái, lợn con và lợn thịt; phối trộn thức ăn, tiêm phòng, phòng chống dịch bệnh "
     "(dịch tả lợn châu Phi, tai xanh) và xử lý chất thải bằng hầm biogas, đệm lót sinh học.",
     "cham-soc-lon-nai-va-lon-con nuoi-lon-thit phoi-tron-thuc-an-chan-nuoi "
     "phong-va-tri-benh-thuong-gap-o-lon tiem-phong-vac-xin-cho-vat-nuoi "
     "thuc-hien-an-toan-sinh-hoc-trong-chan-nuoi xu-ly-chat-thai-chan-nuoi-bang-ham-biogas "
     "ghi-chep-nhat-ky-san-xuat",
     "lam-chuong-trai-chan-nuoi-hop-ve-sinh chan-nuoi-tren-dem-lot-sinh-hoc phat-hien-dong-duc-o-gia-suc "
     "van-hanh-chuong-trai-chan-nuoi-khep-kin tinh-gia-thanh-va-loi-nhuan"),
    ("nguoi-chan-nuoi-bo-sua", "6121", "Người chăn nuôi bò sữa", "Dairy cattle farmer",
     "green_agriculture", "b4ff30f8-073b-4dd8-9128-ecf9d0ff87ba",
     "Nuôi dưỡng, chăm sóc bò sữa và bê; trồng cỏ, ủ chua thức ăn xanh; vắt sữa bằng máy, bảo quản "
     "sữa tươi đạt chuẩn giao cho trạm thu mua; phát hiện động dục và phòng bệnh cho đàn bò như ở "
     "Ba Vì.",
     "cham-soc-va-nuoi-duong-bo-sua vat-sua-va-bao-quan-sua-tuoi trong-co-va-u-chua-thuc-an-xanh "
     "phoi-tron-thuc-an-chan-nuoi phat-hien-dong-duc-o-gia-suc thuc-hien-an-toan-sinh-hoc-trong-chan-nuoi "
     "tiem-phong-vac-xin-cho-vat-nuoi ghi-chep-nhat-ky-san-xuat",
     "xu-ly-chat-thai-chan-nuoi-bang-ham-biogas thu-tinh-nhan-tao-cho-gia-suc "
     "kham-va-chan-doan-benh-vat-nuoi lien-ket-san-xuat-va-tieu-thu-theo-chuoi-gia-tri "
     "tinh-gia-thanh-va-loi-nhuan"),
    ("nguoi-nuoi-trong-thuy-san", "6221", "Người nuôi trồng thủy sản", "Freshwater fish farmer",
     "green_agriculture", "c0a15ec7-10e6-45e7-b69c-b85ff6f4f87f",
     "Chuẩn bị ao, thả giống, cho ăn, quản lý môi trường nước, phòng trị bệnh và thu hoạch cá nước "
     "ngọt (trắm, chép, rô phi…) trong ao, ruộng trũng hoặc bể nuôi tuần hoàn.",
     "chuan-bi-va-cai-tao-ao-nuoi quan-ly-moi-truong-nuoc-ao-nuoi cho-ca-an-va-quan-ly-thuc-an "
     "phong-va-tri-benh-ca thu-hoach-va-van-chuyen-ca-song ghi-chep-nhat-ky-san-xuat",
     "nuoi-ca-trong-he-thong-tuan-hoan-ras san-xuat-theo-mo-hinh-vac-tuan-hoan "
     "su-dung-hoa-chat-an-toan tinh-gia-thanh-va-loi-nhuan"),
    ("nguoi-nuoi-ong-lay-mat", "6123", "Người nuôi ong lấy mật", "Beekeeper", "green_agriculture",
     "026401a9-7d56-4d7b-8052-38985ddbeafa",
     "Chăm sóc đàn ong mật, chia đàn, di chuyển đàn theo mùa hoa, phòng bệnh cho ong; quay, lọc, "
     "đóng chai và bảo quản mật ong bảo đảm an toàn thực phẩm.",
     "nuoi-ong-lay-mat quay-loc-va-bao-quan-mat-ong ghi-chep-nhat-ky-san-xuat "
     "su-dung-trang-bi-bao-ho-lao-dong",
     "dong-goi-va-dan-nhan-san-pham xay-dung-va-phat-trien-san-pham-ocop ban-hang-qua-zalo-va-facebook "
     "bao-dam-ve-sinh-an-toan-thuc-pham"),
    ("nhan-vien-thu-y-co-so", "3240", "Nhân viên thú y cơ sở", "Community animal health worker",
     "green_agriculture", "99ebf2c2-1811-4c77-b2e6-7008cba29ea0",
     "Tiêm phòng, khám và điều trị bệnh thông thường cho gia súc, gia cầm tại thôn, xã; giám sát "
     "dịch bệnh, hướng dẫn người chăn nuôi thực hiện an toàn sinh học và dùng thuốc thú y đúng cách.",
     "kham-va-chan-doan-benh-vat-nuoi su-dung-thuoc-thu-y-dung-cach tiem-phong-vac-xin-cho-vat-nuoi "
     "phong-va-tri-benh-thuong-gap-o-gia-cam phong-va-tri-benh-thuong-gap-o-lon "
     "thuc-hien-an-toan-sinh-hoc-trong-chan-nuoi mo-kham-gia-cam-de-chan-doan-benh",
     "phong-va-tri-benh-ca thu-tinh-nhan-tao-cho-gia-suc ghi-chep-nhat-ky-san-xuat "
     "giao-tiep-voi-khach-hang su-dung-trang-bi-bao-ho-lao-dong"),
    ("dan-tinh-vien", "3240", "Dẫn tinh viên (thụ tinh nhân tạo gia súc)",
     "Livestock artificial insemination technician", "green_agriculture", "15cc27b1-7358-48ed-9fb8-69ffe9f1fc98",
     "Phát hiện gia súc động dục, bảo quản tinh đông lạnh và thụ tinh nhân tạo cho bò, lợn; theo "
     "dõi kết quả phối giống và ghi chép lý lịch giống cho hộ chăn nuôi.",
     "phat-hien-dong-duc-o-gia-suc thu-tinh-nhan-tao-cho-gia-suc cham-soc-va-nuoi-duong-bo-sua "
     "thuc-hien-an-toan-sinh-hoc-trong-chan-nuoi ghi-chep-nhat-ky-san-xuat",
     "kham-va-chan-doan-benh-vat-nuoi cham-soc-lon-nai-va-lon-con giao-tiep-voi-khach-hang"),
    ("nhan-vien-dich-vu-bao-ve-thuc-vat", "7544", "Nhân viên dịch vụ bảo vệ thực vật",
     "Crop protection service worker", "green_agriculture", "509f9452-ed18-4fbf-8a4c-d45de85aa2f7",
     "Điều tra phát hiện sâu bệnh, tư vấn biện pháp quản lý dịch hại tổng hợp (IPM) và phun thuốc "
     "bảo vệ thực vật an toàn, đúng kỹ thuật cho hộ nông dân, hợp tác xã.",
     "dieu-tra-phat-hien-sau-benh-tren-dong-ruong phong-tru-sau-benh-theo-ipm "
     "su-dung-thuoc-bao-ve-thuc-vat-an-toan van-hanh-va-bao-duong-binh-phun-thuoc "
     "su-dung-hoa-chat-an-toan su-dung-trang-bi-bao-ho-lao-dong",
     "su-dung-thien-dich-va-bay-sinh-hoc van-hanh-drone-phun-thuoc-bao-ve-thuc-vat "
     "san-xuat-che-pham-sinh-hoc-tai-cho kiem-tra-nhanh-du-luong-thuoc-bao-ve-thuc-vat "
     "giao-tiep-voi-khach-hang"),
    ("nguoi-san-xuat-nong-nghiep-huu-co", "6130", "Người sản xuất nông nghiệp hữu cơ",
     "Organic farmer", "green_agriculture", "1c1e86f9-6347-42d6-aa6e-c95b138bf640",
     "Sản xuất rau, quả, lúa kết hợp chăn nuôi theo tiêu chuẩn hữu cơ: tự ủ phân, làm chế phẩm sinh "
     "học, luân canh, dùng thiên địch thay thuốc hóa học và tuần hoàn phụ phẩm trong trang trại.",
     "san-xuat-theo-tieu-chuan-nong-nghiep-huu-co u-phan-huu-co-tu-phu-pham-nong-nghiep "
     "pha-che-va-su-dung-phan-bon-huu-co san-xuat-che-pham-sinh-hoc-tai-cho "
     "luan-canh-xen-canh-cay-trong su-dung-thien-dich-va-bay-sinh-hoc "
     "san-xuat-theo-mo-hinh-vac-tuan-hoan ghi-chep-nhat-ky-san-xuat",
     "nuoi-giun-que-va-san-xuat-phan-trun chan-nuoi-tren-dem-lot-sinh-hoc chon-va-xu-ly-hat-giong "
     "xay-dung-va-phat-trien-san-pham-ocop lien-ket-san-xuat-va-tieu-thu-theo-chuoi-gia-tri"),
    ("can-bo-quan-ly-hop-tac-xa-nong-nghiep", "1311", "Cán bộ quản lý hợp tác xã nông nghiệp",
     "Agricultural cooperative manager", "green_agriculture", "",
     "Điều hành hợp tác xã nông nghiệp: lập kế hoạch sản xuất, tổ chức dịch vụ đầu vào cho thành "
     "viên, liên kết tiêu thụ theo chuỗi giá trị, quản lý tài chính và xây dựng sản phẩm OCOP.",
     "quan-ly-hop-tac-xa lap-ke-hoach-kinh-doanh lien-ket-san-xuat-va-tieu-thu-theo-chuoi-gia-tri "
     "tim-hieu-va-tiep-can-thi-truong tinh-gia-thanh-va-loi-nhuan xay-dung-va-phat-trien-san-pham-ocop "
     "lap-ke-hoach-san-xuat-rau-theo-vietgap",
     "chuan-bi-ho-so-chung-nhan-vietgap vay-von-va-su-dung-von-vay-hieu-qua su-dung-excel-co-ban "
     "truy-xuat-nguon-goc-nong-san-bang-ma-qr dam-phan-va-thuyet-phuc-khach-hang "
     "ghi-chep-nhat-ky-san-xuat"),
    # ---------------------------------------------------------------- industry
    ("cong-nhan-may-cong-nghiep", "8153", "Công nhân may công nghiệp",
     "Industrial sewing machine operator", "industry", "7d4266b3-2108-4330-b27b-430a96012c21",
     "Vận hành máy may một kim, hai kim, vắt sổ để may các công đoạn áo sơ mi, quần âu, áo jacket "
     "trên dây chuyền nhà máy may, đúng tài liệu kỹ thuật, năng suất và chất lượng.",
     "van-hanh-may-may-cong-nghiep van-hanh-may-vat-so-may-hai-kim may-hoan-chinh-ao-so-mi-quan-au "
     "doc-va-thuc-hien-tai-lieu-ky-thuat-hang-may lam-viec-tren-day-chuyen-san-xuat an-toan-lao-dong "
     "tuan-thu-ky-luat-va-noi-quy-lao-dong",
     "bao-duong-may-may-va-xu-ly-loi-duong-may la-va-hoan-thien-san-pham-may cat-vai-theo-mau "
     "ap-dung-5s-tai-noi-lam-viec lam-viec-nhom tim-viec-va-chuan-bi-ho-so-xin-viec"),
    ("tho-may-dan-dung", "7531", "Thợ may dân dụng", "Tailor and dressmaker", "industry",
     "978ae3a2-0831-415a-8396-b84dde656fc5",
     "Lấy số đo, thiết kế, cắt và may hoàn chỉnh quần áo theo yêu cầu của khách; sửa chữa, chỉnh "
     "sửa quần áo tại cửa hàng may đo ở thôn xóm, thị trấn.",
     "lay-so-do-va-thiet-ke-mau-quan-ao cat-vai-theo-mau van-hanh-may-may-cong-nghiep "
     "may-hoan-chinh-ao-so-mi-quan-au sua-chua-chinh-sua-quan-ao la-va-hoan-thien-san-pham-may",
     "van-hanh-may-vat-so-may-hai-kim bao-duong-may-may-va-xu-ly-loi-duong-may giao-tiep-voi-khach-hang "
     "khoi-su-kinh-doanh-ho-gia-dinh ban-hang-qua-zalo-va-facebook"),
    ("nhan-vien-kiem-tra-chat-luong-san-pham", "7543", "Nhân viên kiểm tra chất lượng sản phẩm (QC)",
     "Product quality inspector", "industry", "61d9270c-491d-438d-8d41-77ba2e0ef023",
     "Kiểm tra ngoại quan, thông số và chức năng của sản phẩm may mặc, điện tử, cơ khí tại chuyền "
     "và cuối chuyền; phát hiện, ghi chép lỗi và phối hợp xử lý để sản phẩm đạt tiêu chuẩn.",
     "kiem-tra-ngoai-quan-san-pham ghi-chep-va-bao-cao-loi-chat-luong kiem-tra-chat-luong-hang-may-mac "
     "su-dung-thuoc-cap-panme-va-dung-cu-do doc-va-thuc-hien-tai-lieu-ky-thuat-hang-may "
     "ap-dung-5s-tai-noi-lam-viec",
     "su-dung-excel-co-ban phong-chong-tinh-dien-esd-trong-san-xuat-dien-tu doc-ban-ve-ky-thuat-co-khi "
     "lam-viec-nhom giai-quyet-van-de"),
    ("cong-nhan-lap-rap-linh-kien-dien-tu", "8212", "Công nhân lắp ráp linh kiện điện tử",
     "Electronics assembly worker", "industry", "6565dc02-14e4-4819-b99c-44c352000f43",
     "Lắp ráp, hàn và kiểm tra bo mạch, linh kiện điện tử, điện thoại, thiết bị gia dụng trên dây "
     "chuyền các khu công nghiệp (Thăng Long, Quang Minh, Phú Nghĩa…) theo hướng dẫn công việc và "
     "quy định chống tĩnh điện.",
     "nhan-biet-linh-kien-dien-tu-co-ban han-linh-kien-dien-tu lap-rap-bo-mach-dien-tu-theo-quy-trinh "
     "phong-chong-tinh-dien-esd-trong-san-xuat-dien-tu kiem-tra-ngoai-quan-san-pham "
     "lam-viec-tren-day-chuyen-san-xuat ap-dung-5s-tai-noi-lam-viec tuan-thu-ky-luat-va-noi-quy-lao-dong",
     "su-dung-dong-ho-van-nang ghi-chep-va-bao-cao-loi-chat-luong lam-viec-nhom an-toan-lao-dong "
     "tim-viec-va-chuan-bi-ho-so-xin-viec"),
    ("tho-van-hanh-may-cnc", "7223", "Thợ vận hành máy CNC", "CNC machine operator", "industry",
     "5c082067-ea18-4ccb-8c43-e70b18ad8120",
     "Gá đặt phôi, dao cắt, nạp chương trình và vận hành máy phay, máy tiện CNC để gia công chi tiết "
     "cơ khí chính xác; đo kiểm sản phẩm theo bản vẽ và bảo dưỡng máy hằng ngày.",
     "van-hanh-may-phay-cnc van-hanh-may-tien-cnc lap-trinh-cnc-co-ban-g-code ga-dat-phoi-va-dao-cat "
     "doc-ban-ve-ky-thuat-co-khi su-dung-thuoc-cap-panme-va-dung-cu-do an-toan-lao-dong",
     "mai-sac-dung-cu-cat boi-tron-may-moc ap-dung-5s-tai-noi-lam-viec van-hanh-may-tien-van-nang "
     "ghi-chep-va-bao-cao-loi-chat-luong"),
    ("cong-nhan-van-hanh-may-ep-nhua", "8142", "Công nhân vận hành máy ép nhựa",
     "Injection moulding machine operator", "industry", "502fe307-ae65-46cb-a485-e559b9a35266",
     "Vận hành máy ép phun nhựa, thay khuôn, điều chỉnh nhiệt độ, áp suất, thời gian chu kỳ; kiểm "
     "tra sản phẩm ép, loại bỏ phế phẩm và giữ vệ sinh khu vực máy.",
     "van-hanh-may-ep-nhua thay-khuon-va-dieu-chinh-thong-so-may-ep kiem-tra-ngoai-quan-san-pham "
     "lam-viec-tren-day-chuyen-san-xuat an-toan-lao-dong ap-dung-5s-tai-noi-lam-viec",
     "dong-goi-va-dan-nhan-san-pham boi-tron-may-moc ghi-chep-va-bao-cao-loi-chat-luong "
     "phan-loai-rac-va-bao-ve-moi-truong su-dung-trang-bi-bao-ho-lao-dong"),
    ("cong-nhan-che-bien-nong-san", "7514", "Công nhân chế biến nông sản",
     "Fruit and vegetable processing worker", "industry", "6fe645b0-463a-445d-ab8f-c0a5132beb68",
     "Sơ chế, phân loại, sấy khô, muối chua, đóng gói rau quả, nấm và dược liệu tại cơ sở chế biến, "
     "hợp tác xã theo quy trình vệ sinh an toàn thực phẩm và HACCP.",
     "so-che-nong-san-theo-quy-trinh-an-toan-thuc-pham say-kho-nong-san che-bien-rau-qua-muoi-chua-dong-lo "
     "ap-dung-haccp-trong-che-bien-thuc-pham bao-dam-ve-sinh-an-toan-thuc-pham "
     "dong-goi-va-dan-nhan-san-pham bao-quan-nong-san-sau-thu-hoach",
     "lam-viec-tren-day-chuyen-san-xuat truy-xuat-nguon-goc-nong-san-bang-ma-qr "
     "kiem-tra-ngoai-quan-san-pham xay-dung-va-phat-trien-san-pham-ocop su-dung-trang-bi-bao-ho-lao-dong"),
    ("tho-dien-cong-nghiep", "7411", "Thợ điện công nghiệp", "Industrial electrician", "industry",
     "5df63943-f1bc-4438-90f1-92768a7a23c8",
     "Lắp đặt, đấu nối và bảo trì động cơ điện, tủ điện điều khiển, biến tần, PLC và hệ thống chiếu "
     "sáng nhà xưởng; xử lý sự cố điện để dây chuyền sản xuất hoạt động an toàn, liên tục.",
     "doc-so-do-mach-dien an-toan-dien lap-dat-va-dau-noi-dong-co-dien-ba-pha "
     "lap-mach-dieu-khien-dong-co-bang-khoi-dong-tu lap-dat-tu-dien-dieu-khien-cong-nghiep "
     "bao-tri-thiet-bi-dien-cong-nghiep su-dung-dong-ho-van-nang tinh-chon-day-dan-va-thiet-bi-dien",
     "lap-trinh-plc-co-ban lap-dat-bien-tan lap-dat-he-thong-noi-dat-chong-set "
     "lam-viec-an-toan-tren-cao lap-dat-tam-pin-nang-luong-mat-troi"),
    # ---------------------------------------------------------------- mechanics
    ("tho-han", "7212", "Thợ hàn", "Welder", "mechanics", "7aedaa07-3884-4c5b-88f9-80997b2aa54b",
     "Chuẩn bị phôi, hàn hồ quang tay, hàn MIG/MAG, hàn TIG các kết cấu thép, khung kèo, cửa cổng, "
     "đường ống; cắt kim loại bằng khí, plasma và kiểm tra chất lượng mối hàn.",
     "han-ho-quang-tay-smaw han-mig-mag han-tig cat-kim-loai-bang-khi-va-plasma "
     "chuan-bi-phoi-va-vat-mep-han kiem-tra-khuyet-tat-moi-han doc-ban-ve-ky-thuat-co-khi "
     "su-dung-trang-bi-bao-ho-lao-dong phong-chay-chua-chay-co-ban",
     "gia-cong-khung-keo-cua-sat van-hanh-may-mai-cam-tay-an-toan lam-viec-an-toan-tren-cao "
     "gia-cong-va-lap-dat-cot-thep nguoi-co-ban-cua-dua-khoan-ta-ro"),
    ("tho-co-khi-cua-sat-khung-keo-thep", "7214", "Thợ cơ khí cửa sắt, khung kèo thép",
     "Metal fabricator (gates, steel frames and roofs)", "mechanics", "",
     "Đo đạc, cắt, hàn, lắp dựng cửa sắt, cổng, lan can, hoa sắt, khung kèo và mái tôn cho nhà ở, "
     "nhà xưởng, chuồng trại tại các xưởng cơ khí nông thôn.",
     "gia-cong-khung-keo-cua-sat han-ho-quang-tay-smaw han-mig-mag cat-kim-loai-bang-khi-va-plasma "
     "van-hanh-may-mai-cam-tay-an-toan doc-ban-ve-ky-thuat-co-khi lop-mai-ton lam-viec-an-toan-tren-cao",
     "su-dung-dung-cu-dien-cam-tay du-tinh-khoi-luong-vat-lieu-xay-dung tinh-gia-thanh-va-loi-nhuan "
     "giao-tiep-voi-khach-hang"),
    ("tho-sua-chua-xe-may", "7231", "Thợ sửa chữa xe máy", "Motorbike mechanic", "mechanics",
     "4ad4024e-d1d3-4dea-b6d1-2c7948111dce",
     "Bảo dưỡng định kỳ, sửa chữa động cơ, hệ thống phanh, điện, phun xăng điện tử (FI), bộ truyền "
     "động xe tay ga, khung gầm và bánh xe của xe máy, xe số.",
     "bao-duong-dinh-ky-xe-may bao-duong-sua-chua-dong-co-xe-may sua-chua-he-thong-phanh-xe-may "
     "sua-chua-he-thong-dien-xe-may chan-doan-loi-phun-xang-dien-tu-fi sua-chua-bo-truyen-dong-xe-tay-ga "
     "sua-chua-khung-giam-xoc-va-banh-xe va-va-thay-sam-lop an-toan-lao-dong",
     "kiem-tra-va-thay-the-ac-quy-pin-xe-dien su-dung-dong-ho-van-nang giao-tiep-voi-khach-hang "
     "khoi-su-kinh-doanh-ho-gia-dinh sua-chua-dong-co-va-bo-dieu-khien-xe-dien"),
    ("tho-sua-chua-xe-dap-dien-xe-may-dien", "7234", "Thợ sửa chữa xe đạp điện, xe máy điện",
     "Electric bicycle and scooter repairer", "mechanics", "336cf331-8082-4a0c-bf5f-e7c54706211c",
     "Kiểm tra, sửa chữa động cơ, bộ điều khiển (IC), bộ sạc, ắc quy và pin lithium của xe đạp điện, "
     "xe máy điện; sửa phanh, bánh xe, săm lốp.",
     "sua-chua-dong-co-va-bo-dieu-khien-xe-dien kiem-tra-va-thay-the-ac-quy-pin-xe-dien "
     "su-dung-dong-ho-van-nang sua-chua-he-thong-phanh-xe-may va-va-thay-sam-lop an-toan-dien",
     "sua-chua-khung-giam-xoc-va-banh-xe han-linh-kien-dien-tu doc-so-do-mach-dien "
     "giao-tiep-voi-khach-hang"),
    ("tho-sua-chua-o-to", "7231", "Thợ sửa chữa ô tô", "Car mechanic", "mechanics", "4ad4024e-d1d3-4dea-b6d1-2c7948111dce",
     "Bảo dưỡng định kỳ, chẩn đoán và sửa chữa động cơ, phanh, hệ thống lái, treo và điện thân xe ô "
     "tô con, xe tải nhẹ tại gara.",
     "bao-duong-dinh-ky-o-to sua-chua-dong-co-o-to sua-chua-he-thong-phanh-o-to "
     "sua-chua-he-thong-lai-va-treo-o-to sua-chua-he-thong-dien-than-xe-o-to "
     "su-dung-may-chan-doan-o-to-obd an-toan-lao-dong",
     "sua-chua-dieu-hoa-o-to kiem-tra-va-thay-the-ac-quy-pin-xe-dien va-va-thay-sam-lop "
     "su-dung-dong-ho-van-nang tieng-anh-giao-tiep-co-ban"),
    ("tho-dien-lanh", "7127", "Thợ điện lạnh", "Refrigeration and air-conditioning technician",
     "mechanics", "8234eee9-1647-460d-8d62-7fe02cb884b0",
     "Lắp đặt, bảo dưỡng, nạp gas và sửa chữa điều hòa không khí, tủ lạnh, tủ đông, máy giặt cho hộ "
     "gia đình, cửa hàng, nhà xưởng; chẩn đoán lỗi bo mạch điều hòa inverter.",
     "lap-dat-dieu-hoa-khong-khi nap-gas-dieu-hoa ve-sinh-bao-duong-dieu-hoa "
     "chan-doan-va-sua-loi-dieu-hoa-inverter sua-chua-tu-lanh-tu-dong han-ong-dong doc-so-do-mach-dien "
     "an-toan-dien su-dung-dong-ho-van-nang",
     "sua-chua-may-giat lam-viec-an-toan-tren-cao sua-chua-do-dien-gia-dung giao-tiep-voi-khach-hang "
     "sua-chua-dieu-hoa-o-to"),
    ("tho-sua-chua-do-dien-gia-dung", "7412", "Thợ sửa chữa đồ điện gia dụng",
     "Household appliance repairer", "mechanics", "f4eaff3d-f8d0-4a6a-aa90-76827c0fbada",
     "Kiểm tra, sửa chữa nồi cơm điện, quạt, bếp từ, máy giặt, bình nóng lạnh và các thiết bị điện "
     "gia dụng; thay linh kiện và tư vấn khách sử dụng an toàn.",
     "sua-chua-do-dien-gia-dung sua-chua-may-giat doc-so-do-mach-dien su-dung-dong-ho-van-nang "
     "an-toan-dien nhan-biet-linh-kien-dien-tu-co-ban han-linh-kien-dien-tu",
     "sua-chua-tu-lanh-tu-dong giao-tiep-voi-khach-hang khoi-su-kinh-doanh-ho-gia-dinh "
     "ve-sinh-bao-duong-dieu-hoa"),
    ("tho-sua-chua-may-nong-nghiep", "7233", "Thợ sửa chữa máy nông nghiệp",
     "Agricultural machinery mechanic", "mechanics", "f7145f87-5940-43f5-bc98-aa1a2b872b47",
     "Bảo dưỡng, sửa chữa động cơ diesel nhỏ, máy cày, máy xới, máy gặt đập liên hợp, máy bơm nước "
     "và thiết bị chế biến nông sản phục vụ sản xuất ở nông thôn.",
     "sua-chua-dong-co-diesel-nho sua-chua-may-lam-dat-may-cay sua-chua-may-gat-dap-lien-hop "
     "van-hanh-may-nong-nghiep-an-toan thao-lap-thay-the-vong-bi-banh-rang-day-dai boi-tron-may-moc "
     "han-ho-quang-tay-smaw an-toan-lao-dong",
     "sua-chua-he-thong-khi-nen-thuy-luc-co-ban nguoi-co-ban-cua-dua-khoan-ta-ro "
     "lap-dat-may-bom-va-bon-chua-nuoc kiem-tra-va-thay-the-ac-quy-pin-xe-dien giao-tiep-voi-khach-hang"),
    ("tho-bao-tri-may-cong-nghiep", "7233", "Thợ bảo trì máy công nghiệp",
     "Industrial machinery maintenance mechanic", "mechanics", "269c47e7-9017-4aa6-bce8-49e89a696a64",
     "Bảo trì phòng ngừa, tháo lắp, thay thế chi tiết hỏng và bôi trơn máy móc trong nhà máy; sửa "
     "chữa hệ thống khí nén, thủy lực cơ bản để giảm thời gian dừng máy.",
     "bao-tri-phong-ngua-may-moc-cong-nghiep thao-lap-thay-the-vong-bi-banh-rang-day-dai boi-tron-may-moc "
     "sua-chua-he-thong-khi-nen-thuy-luc-co-ban doc-ban-ve-ky-thuat-co-khi "
     "su-dung-thuoc-cap-panme-va-dung-cu-do nguoi-co-ban-cua-dua-khoan-ta-ro an-toan-lao-dong",
     "han-ho-quang-tay-smaw bao-tri-thiet-bi-dien-cong-nghiep ap-dung-5s-tai-noi-lam-viec "
     "bao-duong-may-may-va-xu-ly-loi-duong-may ghi-chep-va-bao-cao-loi-chat-luong"),
    ("tho-cat-got-kim-loai", "7223", "Thợ cắt gọt kim loại (tiện, phay)", "Metal turner and miller",
     "mechanics", "63042e8f-dd59-47fe-87f3-3b2ce21f196a",
     "Vận hành máy tiện, máy phay, máy khoan vạn năng để gia công chi tiết cơ khí theo bản vẽ; mài "
     "dao, đo kiểm kích thước và bảo đảm dung sai.",
     "van-hanh-may-tien-van-nang van-hanh-may-phay-may-khoan mai-sac-dung-cu-cat "
     "su-dung-thuoc-cap-panme-va-dung-cu-do doc-ban-ve-ky-thuat-co-khi nguoi-co-ban-cua-dua-khoan-ta-ro "
     "an-toan-lao-dong",
     "van-hanh-may-tien-cnc lap-trinh-cnc-co-ban-g-code ga-dat-phoi-va-dao-cat boi-tron-may-moc"),
    # ---------------------------------------------------------------- construction
    ("tho-ne", "7112", "Thợ nề (thợ xây)", "Bricklayer and mason", "construction", "05f321f8-055b-407d-bf19-e0ddabda56b7",
     "Xây tường gạch, trát, láng nền, đổ bê tông cho nhà ở, chuồng trại và công trình nông thôn; đọc "
     "bản vẽ đơn giản, trộn vữa đúng mác và bảo đảm an toàn trên công trường.",
     "doc-ban-ve-xay-dung xay-tuong-gach tron-vua-va-be-tong trat-tuong do-va-dam-be-tong "
     "dinh-vi-lay-cot-cong-trinh-don-gian lam-viec-an-toan-tren-cao an-toan-lao-dong",
     "op-lat-gach chong-tham-cong-trinh lap-dung-gian-giao-an-toan du-tinh-khoi-luong-vat-lieu-xay-dung "
     "su-dung-dung-cu-dien-cam-tay"),
    ("tho-cop-pha-gian-giao", "7119", "Thợ cốp pha, giàn giáo", "Formwork and scaffolding carpenter",
     "construction", "",
     "Gia công, lắp dựng và tháo dỡ cốp pha móng, cột, dầm, sàn; lắp dựng giàn giáo an toàn phục vụ "
     "đổ bê tông và thi công trên cao.",
     "lap-dung-cop-pha lap-dung-gian-giao-an-toan doc-ban-ve-xay-dung dinh-vi-lay-cot-cong-trinh-don-gian "
     "su-dung-dung-cu-dien-cam-tay lam-viec-an-toan-tren-cao an-toan-lao-dong",
     "do-va-dam-be-tong gia-cong-va-lap-dat-cot-thep du-tinh-khoi-luong-vat-lieu-xay-dung lam-viec-nhom"),
    ("tho-cot-thep", "7214", "Thợ cốt thép", "Steel fixer (rebar worker)", "construction",
     "691ec040-f5ad-47ef-8698-03212d66dbbf",
     "Đọc bản vẽ kết cấu, cắt, uốn, buộc và hàn cốt thép móng, cột, dầm, sàn; lắp đặt lồng thép đúng "
     "vị trí trước khi đổ bê tông.",
     "gia-cong-va-lap-dat-cot-thep doc-ban-ve-xay-dung han-ho-quang-tay-smaw "
     "van-hanh-may-mai-cam-tay-an-toan lam-viec-an-toan-tren-cao an-toan-lao-dong "
     "du-tinh-khoi-luong-vat-lieu-xay-dung",
     "lap-dung-cop-pha do-va-dam-be-tong lam-viec-nhom su-dung-trang-bi-bao-ho-lao-dong"),
    ("tho-dien-dan-dung", "7411", "Thợ điện dân dụng", "Domestic electrician", "construction",
     "5dbb9cf0-b226-402c-a295-2f42ef05ff8b",
     "Lắp đặt, sửa chữa mạng điện chiếu sáng, ổ cắm, bảng điện, thiết bị bảo vệ trong nhà ở, cửa "
     "hàng; kiểm tra và khắc phục sự cố điện bảo đảm an toàn cho người sử dụng.",
     "doc-so-do-mach-dien an-toan-dien lap-dat-mang-dien-chieu-sang-trong-nha lap-dat-o-cam-cong-tac "
     "di-day-dien-am-tuong-va-trong-ong lap-dat-bang-dien-aptomat-va-thiet-bi-chong-giat "
     "tinh-chon-day-dan-va-thiet-bi-dien kiem-tra-sua-chua-su-co-dien-gia-dinh su-dung-dong-ho-van-nang",
     "lap-dat-he-thong-noi-dat-chong-set lap-dat-may-bom-va-bon-chua-nuoc sua-chua-do-dien-gia-dung "
     "lap-dat-tam-pin-nang-luong-mat-troi lam-viec-an-toan-tren-cao lap-dat-camera-giam-sat"),
    ("tho-son-ba", "7131", "Thợ sơn bả", "Construction painter", "construction", "15620506-fb5d-49cd-87a2-1c9047fb406a",
     "Xử lý bề mặt, bả matit, sơn lót, sơn phủ tường trong và ngoài nhà; chống thấm và hoàn thiện "
     "công trình đúng kỹ thuật, an toàn khi làm việc trên cao và với hóa chất.",
     "son-ba-tuong chong-tham-cong-trinh lam-viec-an-toan-tren-cao lap-dung-gian-giao-an-toan "
     "su-dung-hoa-chat-an-toan su-dung-trang-bi-bao-ho-lao-dong",
     "trat-tuong lam-tran-va-vach-thach-cao du-tinh-khoi-luong-vat-lieu-xay-dung giao-tiep-voi-khach-hang"),
    ("tho-op-lat", "7122", "Thợ ốp lát", "Tile setter", "construction", "02447817-ea01-4d8b-b09c-8bc128e447e6",
     "Ốp lát gạch nền, tường, cầu thang, nhà vệ sinh; căn chỉnh mặt phẳng, cắt gạch, miết mạch và "
     "hoàn thiện bề mặt đạt thẩm mỹ.",
     "op-lat-gach tron-vua-va-be-tong doc-ban-ve-xay-dung dinh-vi-lay-cot-cong-trinh-don-gian "
     "su-dung-dung-cu-dien-cam-tay an-toan-lao-dong",
     "chong-tham-cong-trinh du-tinh-khoi-luong-vat-lieu-xay-dung trat-tuong lap-dat-thiet-bi-ve-sinh"),
    ("tho-cap-thoat-nuoc", "7126", "Thợ cấp thoát nước", "Plumber", "construction", "ed3cf43d-c2c1-4c46-82fc-1375e27e0290",
     "Lắp đặt, sửa chữa đường ống cấp nước, thoát nước, thiết bị vệ sinh, máy bơm, bồn chứa cho nhà "
     "ở và công trình nhỏ; thông tắc và xử lý rò rỉ.",
     "lap-dat-duong-ong-cap-nuoc han-noi-ong-nhua-ppr lap-dat-thiet-bi-ve-sinh "
     "lap-dat-may-bom-va-bon-chua-nuoc thong-tac-va-sua-chua-duong-ong-thoat-nuoc doc-ban-ve-xay-dung "
     "an-toan-lao-dong",
     "chong-tham-cong-trinh an-toan-dien du-tinh-khoi-luong-vat-lieu-xay-dung su-dung-dung-cu-dien-cam-tay "
     "giao-tiep-voi-khach-hang"),
    ("tho-lap-dat-dien-mat-troi", "7411", "Thợ lắp đặt điện mặt trời", "Solar PV installer",
     "construction", "75b63949-1b93-4bf2-a777-ccf978dc3e8a",
     "Lắp đặt giá đỡ, tấm pin, inverter và đấu nối hệ thống điện mặt trời áp mái cho hộ gia đình, "
     "trang trại, nhà xưởng; bảo dưỡng, vệ sinh và kiểm tra hiệu suất hệ thống.",
     "lap-dat-tam-pin-nang-luong-mat-troi lap-dat-inverter-va-dau-noi-dien-mat-troi "
     "bao-duong-he-thong-dien-mat-troi doc-so-do-mach-dien an-toan-dien lap-dat-he-thong-noi-dat-chong-set "
     "lam-viec-an-toan-tren-cao su-dung-dong-ho-van-nang",
     "tinh-chon-day-dan-va-thiet-bi-dien lop-mai-ton su-dung-nang-luong-tiet-kiem-va-hieu-qua "
     "giam-sat-dieu-khien-trang-trai-qua-dien-thoai giao-tiep-voi-khach-hang"),
    ("tho-van-hanh-may-xuc", "8342", "Thợ vận hành máy xúc", "Excavator operator", "construction",
     "eedbf8b1-9432-4f42-ab7f-db5cd3eb2a05",
     "Vận hành máy xúc đào, máy xúc lật để đào móng, san lấp mặt bằng, nạo vét kênh mương; kiểm tra, "
     "bảo dưỡng máy hằng ngày và làm việc an toàn trên công trường.",
     "van-hanh-may-xuc-dao bao-duong-may-xuc-hang-ngay dao-dap-san-lap-mat-bang doc-ban-ve-xay-dung "
     "an-toan-lao-dong",
     "dinh-vi-lay-cot-cong-trinh-don-gian lam-viec-nhom boi-tron-may-moc sua-chua-dong-co-diesel-nho"),
    ("tho-gia-cong-lap-dat-cua-nhom-kinh", "7125", "Thợ gia công, lắp đặt cửa nhôm kính",
     "Aluminium-and-glass door and window installer", "construction", "5f9e0588-e819-42f7-9975-f53198666c07",
     "Đo đạc, cắt, lắp ráp khung nhôm, cắt kính và lắp đặt cửa đi, cửa sổ, vách kính, lan can kính "
     "cho nhà ở, cửa hàng.",
     "gia-cong-va-lap-dat-cua-nhom-kinh cat-kinh-va-lap-vach-kinh su-dung-dung-cu-dien-cam-tay "
     "doc-ban-ve-xay-dung lam-viec-an-toan-tren-cao an-toan-lao-dong",
     "du-tinh-khoi-luong-vat-lieu-xay-dung giao-tiep-voi-khach-hang tinh-gia-thanh-va-loi-nhuan "
     "gia-cong-khung-keo-cua-sat"),
    # ---------------------------------------------------------------- craft
    ("tho-gom-su", "7314", "Thợ gốm sứ", "Potter (ceramics)", "craft", "97896345-d102-4549-97a5-8851979e6938",
     "Chuẩn bị đất, tạo hình sản phẩm gốm trên bàn xoay hoặc bằng khuôn, sửa mộc, tráng men và nung "
     "trong lò gas theo kỹ thuật truyền thống của làng gốm Bát Tràng.",
     "chuan-bi-va-nhao-dat-lam-gom tao-hinh-gom-tren-ban-xoay tao-hinh-gom-bang-khuon "
     "sua-moc-va-hoan-thien-san-pham-gom pha-che-va-trang-men-gom nung-gom-bang-lo-gas an-toan-lao-dong",
     "lam-khuon-thach-cao dap-noi-khac-trang-tri-gom ve-trang-tri-tren-gom "
     "to-chuc-trai-nghiem-du-lich-nong-nghiep-lang-nghe ban-hang-qua-zalo-va-facebook "
     "phong-chay-chua-chay-co-ban"),
    ("tho-ve-trang-tri-gom", "7316", "Thợ vẽ trang trí gốm", "Ceramic decorator", "craft",
     "02e94cd6-8e6d-4e9b-b695-edb460c70528",
     "Vẽ lam, vẽ màu, đắp nổi và khắc hoa văn trang trí trên sản phẩm gốm mộc hoặc đã tráng men theo "
     "mẫu truyền thống và mẫu đặt hàng.",
     "ve-trang-tri-tren-gom dap-noi-khac-trang-tri-gom pha-che-va-trang-men-gom "
     "thiet-ke-mau-san-pham-thu-cong-my-nghe",
     "sua-moc-va-hoan-thien-san-pham-gom nung-gom-bang-lo-gas thep-vang-bac-trang-tri "
     "to-chuc-trai-nghiem-du-lich-nong-nghiep-lang-nghe"),
    ("tho-may-tre-dan", "7317", "Thợ mây tre đan", "Rattan and bamboo weaver", "craft", "b07e291d-1ea0-44d6-861c-e2c36861f9e3",
     "Sơ chế mây, tre, giang, guột; chẻ vót nan, đan và uốn khung các sản phẩm giỏ, làn, đồ nội thất "
     "mây tre; hoàn thiện, sơn phủ hàng xuất khẩu như ở làng nghề Phú Vinh (Chương Mỹ).",
     "so-che-xu-ly-nguyen-lieu-may-tre che-va-vot-nan dan-lat-may-tre "
     "uon-va-dinh-hinh-khung-san-pham-may-tre hoan-thien-son-phu-san-pham-may-tre "
     "kiem-tra-va-dong-goi-hang-thu-cong-my-nghe",
     "thiet-ke-mau-san-pham-thu-cong-my-nghe lam-non-la ban-hang-qua-zalo-va-facebook "
     "tinh-gia-thanh-va-loi-nhuan xay-dung-va-phat-trien-san-pham-ocop"),
    ("tho-lam-non-la", "7317", "Thợ làm nón lá", "Conical leaf hat maker", "craft", "",
     "Chọn, phơi, là lá; vót vành, chằm và khâu nón lá, nón quai thao, hoàn thiện và trang trí "
     "sản phẩm như ở làng nón Chuông (Thanh Oai).",
     "lam-non-la so-che-xu-ly-nguyen-lieu-may-tre che-va-vot-nan uon-va-dinh-hinh-khung-san-pham-may-tre",
     "thiet-ke-mau-san-pham-thu-cong-my-nghe theu-tay-cac-mui-co-ban ban-hang-qua-zalo-va-facebook "
     "to-chuc-trai-nghiem-du-lich-nong-nghiep-lang-nghe kiem-tra-va-dong-goi-hang-thu-cong-my-nghe"),
    ("tho-son-mai", "7317", "Thợ sơn mài", "Lacquerware artisan", "craft", "",
     "Làm vóc, bó hom, sơn nhiều lớp sơn ta, vẽ, khảm, thếp vàng bạc rồi mài và đánh bóng để tạo "
     "tranh và đồ sơn mài mỹ nghệ như ở làng nghề Hạ Thái (Thường Tín).",
     "chuan-bi-voc-son-mai son-mai-va-danh-bong-son-mai thep-vang-bac-trang-tri kham-trai-kham-vo-trung "
     "su-dung-hoa-chat-an-toan thiet-ke-mau-san-pham-thu-cong-my-nghe",
     "cha-nham-va-son-hoan-thien-do-go kiem-tra-va-dong-goi-hang-thu-cong-my-nghe "
     "to-chuc-trai-nghiem-du-lich-nong-nghiep-lang-nghe ban-hang-qua-zalo-va-facebook"),
    ("tho-kham-trai", "7317", "Thợ khảm trai", "Mother-of-pearl inlay artisan", "craft", "",
     "Cưa, mài vỏ trai, ốc thành mảnh theo mẫu, đục lòng gỗ và khảm lên đồ gỗ, tranh, hộp mỹ nghệ "
     "như ở làng nghề Chuyên Mỹ (Phú Xuyên).",
     "cua-cat-va-mai-trai-oc kham-trai-kham-vo-trung su-dung-va-mai-sac-duc-cham cham-khac-go "
     "thiet-ke-mau-san-pham-thu-cong-my-nghe",
     "cha-nham-va-son-hoan-thien-do-go son-mai-va-danh-bong-son-mai su-dung-trang-bi-bao-ho-lao-dong "
     "kiem-tra-va-dong-goi-hang-thu-cong-my-nghe"),
    ("tho-theu-ren", "7533", "Thợ thêu ren", "Embroiderer", "craft", "7324e9f5-0f94-497e-af2f-42142e939a94",
     "Can mẫu, thêu tay tranh và sản phẩm thêu ren (khăn, áo, túi) bằng các mũi thêu truyền thống, "
     "móc ren; hoàn thiện và đóng gói sản phẩm như ở làng thêu Quất Động (Thường Tín).",
     "theu-tay-cac-mui-co-ban can-va-in-mau-theu-len-vai theu-tranh-nghe-thuat moc-len-dan-ren "
     "la-va-hoan-thien-san-pham-may kiem-tra-va-dong-goi-hang-thu-cong-my-nghe",
     "thiet-ke-mau-san-pham-thu-cong-my-nghe ban-hang-qua-zalo-va-facebook "
     "chup-anh-san-pham-bang-dien-thoai van-hanh-may-may-cong-nghiep"),
    ("tho-moc-my-nghe", "7317", "Thợ mộc mỹ nghệ (chạm khắc gỗ)", "Woodcarver", "craft", "b9d03330-c71c-4827-8797-3e96249d54db",
     "Chọn gỗ, lấy mẫu, đục, chạm, khắc hoa văn và tạc tượng trên đồ gỗ, hoành phi câu đối, tượng "
     "thờ; lắp ráp và hoàn thiện sản phẩm như ở các làng nghề Sơn Đồng, Chàng Sơn, Vạn Điểm.",
     "cham-khac-go su-dung-va-mai-sac-duc-cham chon-va-pha-xe-go gia-cong-mong-va-lap-rap-do-go "
     "cha-nham-va-son-hoan-thien-do-go thiet-ke-mau-san-pham-thu-cong-my-nghe",
     "van-hanh-may-che-bien-go son-mai-va-danh-bong-son-mai thep-vang-bac-trang-tri "
     "kham-trai-kham-vo-trung an-toan-lao-dong"),
    ("tho-moc-dan-dung", "7522", "Thợ mộc dân dụng (đồ gỗ nội thất)", "Cabinet maker", "craft",
     "e1416610-ad08-4f37-8b46-9f99632a5c0f",
     "Chọn gỗ, pha xẻ, gia công mộng và lắp ráp giường, tủ, bàn ghế, cửa gỗ; chà nhám, sơn PU hoàn "
     "thiện và lắp đặt đồ gỗ nội thất tại nhà khách.",
     "chon-va-pha-xe-go van-hanh-may-che-bien-go gia-cong-mong-va-lap-rap-do-go "
     "cha-nham-va-son-hoan-thien-do-go su-dung-dung-cu-dien-cam-tay an-toan-lao-dong",
     "cham-khac-go du-tinh-khoi-luong-vat-lieu-xay-dung tinh-gia-thanh-va-loi-nhuan "
     "giao-tiep-voi-khach-hang phong-chay-chua-chay-co-ban"),
    # ---------------------------------------------------------------- services
    ("nhan-vien-cham-soc-nguoi-cao-tuoi", "5322", "Nhân viên chăm sóc người cao tuổi",
     "Elderly care worker", "services", "1391bdf9-bd61-4fb5-91ca-c29036ab2b60",
     "Chăm sóc vệ sinh cá nhân, ăn uống, dùng thuốc, vận động và tinh thần cho người cao tuổi tại gia "
     "đình hoặc cơ sở dưỡng lão; theo dõi sức khỏe và sơ cứu khi cần.",
     "cham-soc-ve-sinh-ca-nhan-cho-nguoi-cao-tuoi ho-tro-nguoi-cao-tuoi-an-uong-va-dung-thuoc "
     "di-chuyen-va-nang-do-nguoi-benh-an-toan theo-doi-mach-nhiet-do-huyet-ap "
     "cham-soc-nguoi-benh-nam-lau-phong-loet giao-tiep-va-ho-tro-tinh-than-nguoi-cao-tuoi "
     "nau-an-dinh-duong-cho-nguoi-cao-tuoi-nguoi-benh so-cuu-co-ban",
     "cham-soc-nguoi-sa-sut-tri-tue giat-la-va-cham-soc-quan-ao don-dep-ve-sinh-nha-cua "
     "bao-dam-ve-sinh-an-toan-thuc-pham hieu-biet-phap-luat-lao-dong"),
    ("nhan-vien-ho-ly", "5321", "Nhân viên hộ lý", "Healthcare assistant", "services", "d38c2107-98f2-47b7-8bb4-f69750d51082",
     "Hỗ trợ điều dưỡng chăm sóc người bệnh tại bệnh viện, trung tâm y tế: vệ sinh, thay đổi tư thế, "
     "di chuyển người bệnh, theo dõi dấu hiệu sinh tồn và giữ buồng bệnh sạch sẽ.",
     "di-chuyen-va-nang-do-nguoi-benh-an-toan cham-soc-nguoi-benh-nam-lau-phong-loet "
     "theo-doi-mach-nhiet-do-huyet-ap cham-soc-ve-sinh-ca-nhan-cho-nguoi-cao-tuoi "
     "su-dung-hoa-chat-an-toan so-cuu-co-ban",
     "cham-soc-nguoi-sa-sut-tri-tue giat-la-va-cham-soc-quan-ao ho-tro-nguoi-cao-tuoi-an-uong-va-dung-thuoc "
     "lam-viec-nhom giao-tiep-va-ho-tro-tinh-than-nguoi-cao-tuoi"),
    ("nguoi-giup-viec-gia-dinh", "5152", "Người giúp việc gia đình", "Domestic helper", "services",
     "6d50f735-dca9-4a02-96dc-e4310ed98ae2",
     "Dọn dẹp nhà cửa, giặt là, đi chợ, nấu ăn và hỗ trợ chăm sóc trẻ nhỏ, người già cho các gia "
     "đình theo tháng hoặc theo giờ.",
     "don-dep-ve-sinh-nha-cua giat-la-va-cham-soc-quan-ao nau-cac-mon-an-viet-nam so-che-nguyen-lieu-mon-an "
     "bao-quan-thuc-pham-dung-cach bao-dam-ve-sinh-an-toan-thuc-pham",
     "cham-soc-tre-so-sinh-va-tre-nho cham-soc-ve-sinh-ca-nhan-cho-nguoi-cao-tuoi su-dung-hoa-chat-an-toan "
     "quan-ly-tai-chinh-ca-nhan-gia-dinh hieu-biet-phap-luat-lao-dong so-cuu-co-ban"),
    ("nguoi-trong-tre-bao-mau", "5311", "Người trông trẻ tại gia đình (bảo mẫu)", "Nanny",
     "services", "0a5356bc-7f81-4e40-971d-c1dc789c5fb4",
     "Chăm sóc trẻ sơ sinh và trẻ nhỏ tại gia đình: cho ăn, tắm rửa, ru ngủ, chơi cùng trẻ, theo dõi "
     "sức khỏe và xử lý ban đầu các tình huống tai nạn thường gặp.",
     "cham-soc-tre-so-sinh-va-tre-nho to-chuc-hoat-dong-vui-choi-cho-tre so-cuu-co-ban "
     "bao-dam-ve-sinh-an-toan-thuc-pham giat-la-va-cham-soc-quan-ao",
     "nau-cac-mon-an-viet-nam don-dep-ve-sinh-nha-cua giai-quyet-van-de hieu-biet-phap-luat-lao-dong"),
    ("dau-bep", "5120", "Đầu bếp", "Cook", "services", "90f75f67-495d-49fa-ab57-2f320e251d7e",
     "Sơ chế nguyên liệu, chế biến món ăn Việt Nam, món cỗ tiệc cho nhà hàng, bếp ăn công nghiệp, "
     "bếp trường học; xây dựng thực đơn và bảo đảm vệ sinh an toàn thực phẩm.",
     "so-che-nguyen-lieu-mon-an su-dung-dao-va-ky-thuat-cat-thai nau-cac-mon-an-viet-nam "
     "che-bien-mon-an-co-tiec xay-dung-thuc-don-va-tinh-khau-phan bao-dam-ve-sinh-an-toan-thuc-pham "
     "bao-quan-thuc-pham-dung-cach phong-chay-chua-chay-co-ban",
     "nau-an-dinh-duong-cho-nguoi-cao-tuoi-nguoi-benh lam-banh-truyen-thong tinh-gia-thanh-va-loi-nhuan "
     "lam-viec-nhom khoi-su-kinh-doanh-ho-gia-dinh"),
    ("nhan-vien-phuc-vu-nha-hang", "5131", "Nhân viên phục vụ nhà hàng", "Waiter/waitress",
     "services", "d5db9d5c-2ebf-4a54-a79a-1b7e7ff70471",
     "Chuẩn bị phòng ăn, bày bàn, đón khách, nhận gọi món, phục vụ món ăn đồ uống và thanh toán tại "
     "nhà hàng, khách sạn, khu du lịch.",
     "phuc-vu-ban-theo-quy-trinh bay-ban-an-va-chuan-bi-phong-an xu-ly-yeu-cau-va-phan-nan-cua-khach "
     "giao-tiep-voi-khach-hang bao-dam-ve-sinh-an-toan-thuc-pham lam-viec-nhom",
     "pha-che-do-uong-co-ban thu-ngan-va-su-dung-may-ban-hang-pos tieng-anh-giao-tiep-co-ban "
     "thanh-toan-dien-tu-va-vi-dien-tu"),
    ("tho-lam-banh", "7512", "Thợ làm bánh", "Baker and pastry cook", "services", "1aadb308-432a-4d01-b54b-b4f7f76dd419",
     "Làm bánh mì, bánh ngọt, bánh kem và bánh truyền thống (bánh chưng, bánh giầy, bánh cuốn…) tại "
     "tiệm bánh, cơ sở sản xuất; trang trí, bảo quản và bán sản phẩm.",
     "lam-banh-mi-banh-ngot trang-tri-banh-kem lam-banh-truyen-thong bao-dam-ve-sinh-an-toan-thuc-pham "
     "bao-quan-thuc-pham-dung-cach tinh-gia-thanh-va-loi-nhuan",
     "ban-hang-qua-zalo-va-facebook chup-anh-san-pham-bang-dien-thoai dong-goi-va-dan-nhan-san-pham "
     "khoi-su-kinh-doanh-ho-gia-dinh xay-dung-va-phat-trien-san-pham-ocop"),
    ("nguoi-kinh-doanh-homestay-du-lich-cong-dong", "5152",
     "Người kinh doanh homestay, du lịch cộng đồng", "Homestay and community-tourism operator",
     "services", "2171a849-4065-411c-8390-835b7782ed8b",
     "Vận hành homestay, farmstay tại Ba Vì, Đường Lâm, Mỹ Đức, Bát Tràng…: đón tiếp khách, dọn "
     "phòng, nấu ăn, tổ chức trải nghiệm nông nghiệp, làng nghề và quảng bá, nhận đặt phòng trực tuyến.",
     "don-tiep-va-lam-thu-tuc-luu-tru-cho-khach don-buong-va-chuan-bi-phong-cho-khach "
     "to-chuc-trai-nghiem-du-lich-nong-nghiep-lang-nghe nau-cac-mon-an-viet-nam giao-tiep-voi-khach-hang "
     "dang-phong-homestay-truc-tuyen bao-dam-ve-sinh-an-toan-thuc-pham",
     "tieng-anh-giao-tiep-co-ban thuyet-minh-diem-du-lich thanh-toan-dien-tu-va-vi-dien-tu "
     "quan-tri-trang-facebook-ban-hang lap-ke-hoach-kinh-doanh phong-chay-chua-chay-co-ban"),
    ("huong-dan-vien-du-lich-tai-diem", "5113", "Hướng dẫn viên du lịch tại điểm", "Local tour guide",
     "services", "b476f45f-2c79-44d5-a4d7-fa357aa83074",
     "Đón và dẫn khách tham quan, thuyết minh về di tích, làng nghề, làng cổ và trang trại tại điểm "
     "du lịch; hỗ trợ an toàn và xử lý yêu cầu của khách.",
     "thuyet-minh-diem-du-lich giao-tiep-voi-khach-hang to-chuc-trai-nghiem-du-lich-nong-nghiep-lang-nghe "
     "xu-ly-yeu-cau-va-phan-nan-cua-khach so-cuu-co-ban tieng-anh-giao-tiep-co-ban",
     "quay-va-dung-video-ngan-bang-dien-thoai su-dung-ban-do-so-va-ung-dung-dinh-vi quan-ly-thoi-gian "
     "lam-viec-nhom"),
    ("tho-cat-toc", "5141", "Thợ cắt tóc, làm tóc", "Hairdresser and barber", "services", "099c6bb0-22d3-4c5d-8bf5-70910af381ef",
     "Cắt tóc nam, cắt và tạo kiểu tóc nữ, gội đầu, uốn, duỗi, nhuộm tóc tại salon; tư vấn kiểu tóc "
     "và giữ vệ sinh dụng cụ.",
     "cat-toc-nam cat-va-tao-kieu-toc-nu uon-duoi-nhuom-toc goi-dau-va-massage-da-dau "
     "ve-sinh-va-khu-trung-dung-cu-lam-dep giao-tiep-voi-khach-hang",
     "su-dung-hoa-chat-an-toan trang-diem-co-ban khoi-su-kinh-doanh-ho-gia-dinh "
     "quan-tri-trang-facebook-ban-hang thanh-toan-dien-tu-va-vi-dien-tu"),
    ("tho-lam-mong", "5142", "Thợ làm móng (nail)", "Nail technician", "services", "bced9b86-d4e7-42f8-bb47-acb2001b9bd0",
     "Cắt da, sửa dáng, sơn, vẽ móng tay, móng chân; đắp móng bột, móng gel và chăm sóc da tay, chân "
     "cho khách tại tiệm nail.",
     "cham-soc-va-son-mong-tay-mong-chan dap-mong-bot-mong-gel ve-sinh-va-khu-trung-dung-cu-lam-dep "
     "su-dung-hoa-chat-an-toan giao-tiep-voi-khach-hang",
     "tieng-anh-giao-tiep-co-ban khoi-su-kinh-doanh-ho-gia-dinh chup-anh-san-pham-bang-dien-thoai "
     "quan-tri-trang-facebook-ban-hang thanh-toan-dien-tu-va-vi-dien-tu"),
    ("ky-thuat-vien-cham-soc-da", "5142", "Kỹ thuật viên chăm sóc da (spa)", "Beauty therapist",
     "services", "a1e1a788-2352-4172-8fcf-1f985a6968b0",
     "Làm sạch, đắp mặt nạ, massage và chăm sóc da mặt cơ bản, trang điểm cho khách tại spa, thẩm "
     "mỹ viện; tư vấn sản phẩm phù hợp với loại da.",
     "cham-soc-da-mat-co-ban trang-diem-co-ban ve-sinh-va-khu-trung-dung-cu-lam-dep "
     "goi-dau-va-massage-da-dau giao-tiep-voi-khach-hang su-dung-hoa-chat-an-toan",
     "tu-van-va-ban-hang-truc-tiep khoi-su-kinh-doanh-ho-gia-dinh tieng-anh-giao-tiep-co-ban "
     "quan-tri-trang-facebook-ban-hang"),
    ("lai-xe-o-to", "8322", "Lái xe ô tô (taxi, xe công nghệ)", "Car and taxi driver", "services",
     "6f7c1e84-8162-4c20-a575-b57ff624eef5",
     "Lái xe taxi, xe công nghệ, xe đưa đón công nhân và xe dịch vụ an toàn, đúng luật; kiểm tra xe "
     "trước khi chạy, dùng ứng dụng định vị và phục vụ hành khách.",
     "lai-xe-o-to-an-toan chap-hanh-luat-giao-thong-duong-bo kiem-tra-xe-truoc-khi-van-hanh "
     "su-dung-ban-do-so-va-ung-dung-dinh-vi giao-tiep-voi-khach-hang so-cuu-co-ban",
     "bao-duong-dinh-ky-o-to thanh-toan-dien-tu-va-vi-dien-tu tieng-anh-giao-tiep-co-ban "
     "xu-ly-yeu-cau-va-phan-nan-cua-khach"),
    ("nhan-vien-giao-hang", "8321", "Nhân viên giao hàng (shipper)", "Delivery rider", "services",
     "b5f6bb2c-0602-484d-a87f-9cac33f83010",
     "Nhận và giao hàng, đồ ăn, bưu phẩm bằng xe máy theo ứng dụng; tìm đường, thu tiền hộ (COD), "
     "xử lý tình huống với khách và bảo quản hàng hóa trên đường.",
     "giao-nhan-hang-va-thu-tien-ho-cod su-dung-ban-do-so-va-ung-dung-dinh-vi "
     "chap-hanh-luat-giao-thong-duong-bo giao-tiep-voi-khach-hang thanh-toan-dien-tu-va-vi-dien-tu",
     "bao-duong-dinh-ky-xe-may va-va-thay-sam-lop quan-ly-thoi-gian so-cuu-co-ban "
     "sap-xep-boc-xep-hang-hoa-trong-kho"),
    ("nhan-vien-kho-van", "9333", "Nhân viên kho vận", "Warehouse operative", "services", "bea705fe-06ac-4147-b8e0-6e8ac1208d8f",
     "Nhận, kiểm đếm, sắp xếp, bảo quản và xuất hàng trong kho nhà máy, trung tâm phân phối, kho "
     "thương mại điện tử; dùng máy quét mã vạch và phần mềm quản lý kho.",
     "sap-xep-boc-xep-hang-hoa-trong-kho nhap-xuat-kho-va-kiem-ke-hang-hoa "
     "su-dung-phan-mem-quan-ly-kho-va-may-quet-ma-vach dong-goi-va-dan-nhan-san-pham an-toan-lao-dong "
     "ap-dung-5s-tai-noi-lam-viec",
     "van-hanh-xe-nang-hang su-dung-excel-co-ban phong-chay-chua-chay-co-ban lam-viec-nhom "
     "tim-viec-va-chuan-bi-ho-so-xin-viec"),
    ("nguoi-lai-xe-nang-hang", "8344", "Người lái xe nâng hàng", "Forklift operator", "services",
     "eeac6251-1974-42f5-91ed-513c6c883755",
     "Vận hành xe nâng điện, xe nâng dầu để bốc xếp, di chuyển và xếp hàng lên kệ trong kho, nhà "
     "xưởng; kiểm tra xe đầu ca và bảo đảm an toàn cho người xung quanh.",
     "van-hanh-xe-nang-hang sap-xep-boc-xep-hang-hoa-trong-kho kiem-tra-xe-truoc-khi-van-hanh "
     "an-toan-lao-dong su-dung-trang-bi-bao-ho-lao-dong",
     "nhap-xuat-kho-va-kiem-ke-hang-hoa phong-chay-chua-chay-co-ban kiem-tra-va-thay-the-ac-quy-pin-xe-dien "
     "lam-viec-nhom"),
    ("nhan-vien-bao-ve", "5414", "Nhân viên bảo vệ", "Security guard", "services", "31808988-fc0a-4bc3-9e47-27216d6759f5",
     "Canh gác, tuần tra, kiểm soát người và phương tiện ra vào nhà máy, tòa nhà, khu dân cư; phòng "
     "cháy chữa cháy, sơ cứu và xử lý ban đầu các tình huống mất an ninh.",
     "tuan-tra-canh-gac-va-kiem-soat-ra-vao xu-ly-tinh-huong-an-ninh phong-chay-chua-chay-co-ban "
     "so-cuu-co-ban giao-tiep-voi-khach-hang tuan-thu-ky-luat-va-noi-quy-lao-dong",
     "lap-dat-camera-giam-sat hieu-biet-phap-luat-lao-dong quan-ly-thoi-gian"),
    ("nhan-vien-ban-hang-cua-hang", "5223", "Nhân viên bán hàng tại cửa hàng, siêu thị",
     "Shop sales assistant", "services", "0b15375e-dfdd-4047-9efb-096e0aaee7d2",
     "Tư vấn, bán hàng, trưng bày, thu ngân và chăm sóc khách tại cửa hàng tạp hóa, siêu thị mini, "
     "cửa hàng vật tư nông nghiệp, điện máy.",
     "tu-van-va-ban-hang-truc-tiep trung-bay-hang-hoa thu-ngan-va-su-dung-may-ban-hang-pos "
     "giao-tiep-voi-khach-hang xu-ly-yeu-cau-va-phan-nan-cua-khach thanh-toan-dien-tu-va-vi-dien-tu",
     "nhap-xuat-kho-va-kiem-ke-hang-hoa dam-phan-va-thuyet-phuc-khach-hang "
     "su-dung-phan-mem-quan-ly-kho-va-may-quet-ma-vach ban-hang-qua-zalo-va-facebook "
     "tieng-anh-giao-tiep-co-ban"),
    ("nhan-vien-ve-sinh-cong-nghiep", "9112", "Nhân viên vệ sinh công nghiệp", "Commercial cleaner",
     "services", "303a1e34-cb16-4054-b323-81e5eec17397",
     "Làm sạch sàn, kính, nhà vệ sinh và khu vực chung của nhà máy, tòa nhà, trường học bằng dụng cụ "
     "và máy chuyên dụng; dùng hóa chất tẩy rửa an toàn và phân loại rác.",
     "ve-sinh-cong-nghiep su-dung-hoa-chat-an-toan su-dung-trang-bi-bao-ho-lao-dong "
     "phan-loai-rac-va-bao-ve-moi-truong an-toan-lao-dong",
     "lam-viec-an-toan-tren-cao don-dep-ve-sinh-nha-cua giat-la-va-cham-soc-quan-ao lam-viec-nhom"),
    ("ke-toan-hop-tac-xa", "3313", "Kế toán hợp tác xã", "Cooperative bookkeeper", "services",
     "c3aae59e-1441-4b3e-bdd1-6da50dc7cf42",
     "Lập chứng từ, ghi sổ, quản lý thu chi, kê khai thuế và lập báo cáo tài chính cho hợp tác xã, hộ "
     "kinh doanh, doanh nghiệp nhỏ; sử dụng phần mềm kế toán.",
     "lap-va-quan-ly-chung-tu-ke-toan ghi-so-ke-toan lap-bao-cao-tai-chinh-don-gian "
     "quan-ly-thu-chi-tien-mat ke-khai-va-nop-thue su-dung-phan-mem-ke-toan su-dung-excel-co-ban",
     "quan-ly-hop-tac-xa tinh-gia-thanh-va-loi-nhuan hieu-biet-phap-luat-lao-dong "
     "thanh-toan-dien-tu-va-vi-dien-tu soan-thao-van-ban-word"),
    # ---------------------------------------------------------------- digital
    ("nhan-vien-ban-hang-thuong-mai-dien-tu", "5244", "Nhân viên bán hàng thương mại điện tử",
     "E-commerce sales assistant", "digital", "",
     "Mở và vận hành gian hàng trên Shopee, Lazada, TikTok Shop; đăng sản phẩm, xử lý đơn hàng, đóng "
     "gói gửi hàng và chăm sóc khách hàng trực tuyến cho hộ sản xuất, hợp tác xã.",
     "quan-ly-gian-hang-san-thuong-mai-dien-tu dang-san-pham-va-viet-mo-ta-ban-hang "
     "quan-ly-don-hang-tren-san-thuong-mai-dien-tu dong-goi-va-gui-hang-cho-don-vi-van-chuyen "
     "cham-soc-khach-hang-truc-tuyen chup-anh-san-pham-bang-dien-thoai thanh-toan-dien-tu-va-vi-dien-tu",
     "chay-quang-cao-tren-mang-xa-hoi ban-hang-qua-zalo-va-facebook su-dung-excel-co-ban chinh-sua-anh "
     "an-toan-thong-tin-phong-lua-dao-truc-tuyen thiet-ke-an-pham-bang-canva"),
    ("nguoi-livestream-ban-hang", "5242", "Người livestream bán hàng", "Live-stream sales host",
     "digital", "056f1849-7ff8-4d6f-9b8a-176a610bba44",
     "Lên kịch bản và phát trực tiếp giới thiệu, chốt đơn sản phẩm nông sản, OCOP, hàng làng nghề "
     "trên TikTok, Facebook; tương tác với người xem và phối hợp xử lý đơn hàng.",
     "livestream-ban-hang-tren-tiktok-facebook xay-dung-kich-ban-livestream "
     "lap-ke-hoach-noi-dung-cho-kenh-tiktok quay-va-dung-video-ngan-bang-dien-thoai "
     "cham-soc-khach-hang-truc-tuyen dam-phan-va-thuyet-phuc-khach-hang giao-tiep-voi-khach-hang",
     "quan-ly-don-hang-tren-san-thuong-mai-dien-tu chay-quang-cao-tren-mang-xa-hoi "
     "chup-anh-san-pham-bang-dien-thoai quan-tri-trang-facebook-ban-hang "
     "an-toan-thong-tin-phong-lua-dao-truc-tuyen"),
    ("nhan-vien-van-phong", "4110", "Nhân viên văn phòng (tin học văn phòng)", "Office clerk",
     "digital", "6c999fc7-c6b7-4ef3-a4b9-af124a1783a2",
     "Soạn thảo văn bản, lập bảng tính, làm bài trình chiếu, quản lý hồ sơ điện tử và thư điện tử "
     "tại văn phòng doanh nghiệp, ủy ban xã, hợp tác xã.",
     "su-dung-may-tinh-co-ban soan-thao-van-ban-word su-dung-excel-co-ban lam-bai-trinh-chieu-powerpoint "
     "su-dung-internet-va-thu-dien-tu luu-tru-va-chia-se-tai-lieu-tren-dam-may go-ban-phim-muoi-ngon "
     "an-toan-thong-tin-phong-lua-dao-truc-tuyen",
     "su-dung-dich-vu-cong-truc-tuyen su-dung-cong-cu-tri-tue-nhan-tao-trong-cong-viec quan-ly-thoi-gian "
     "tieng-anh-giao-tiep-co-ban thiet-ke-an-pham-bang-canva"),
    ("nhan-vien-thiet-ke-do-hoa", "2166", "Nhân viên thiết kế đồ họa", "Graphic designer", "digital",
     "69bcbb0a-8d80-4ecd-b0a4-9adea2a40de2",
     "Thiết kế logo, nhãn mác, bao bì, tờ rơi, banner và hình ảnh quảng cáo cho sản phẩm nông sản, "
     "OCOP, làng nghề bằng Photoshop, Illustrator, Canva.",
     "thiet-ke-do-hoa-voi-photoshop thiet-ke-do-hoa-vector-voi-illustrator-coreldraw "
     "thiet-ke-logo-nhan-mac-san-pham thiet-ke-an-pham-bang-canva chinh-sua-anh su-dung-may-tinh-co-ban",
     "chup-anh-san-pham-bang-dien-thoai quay-va-dung-video-ngan-bang-dien-thoai "
     "su-dung-cong-cu-tri-tue-nhan-tao-trong-cong-viec lap-ke-hoach-noi-dung-cho-kenh-tiktok "
     "tieng-anh-giao-tiep-co-ban"),
    ("tho-sua-chua-dien-thoai", "7422", "Thợ sửa chữa điện thoại di động", "Mobile phone repair technician",
     "digital", "f0f6d531-eb96-4bad-84ff-8e2999ea68e6",
     "Chẩn đoán lỗi, thay màn hình, pin, chân sạc, sửa bo mạch và cài đặt phần mềm, cứu dữ liệu cho "
     "điện thoại di động, máy tính bảng.",
     "thay-man-hinh-pin-chan-sac-dien-thoai cai-dat-phan-mem-va-cuu-du-lieu-dien-thoai "
     "chan-doan-va-sua-chua-main-dien-thoai han-linh-kien-dien-tu su-dung-dong-ho-van-nang "
     "nhan-biet-linh-kien-dien-tu-co-ban phong-chong-tinh-dien-esd-trong-san-xuat-dien-tu",
     "an-toan-thong-tin-phong-lua-dao-truc-tuyen giao-tiep-voi-khach-hang khoi-su-kinh-doanh-ho-gia-dinh "
     "ban-hang-qua-zalo-va-facebook"),
    ("tho-lap-dat-camera-va-mang-internet", "7422", "Thợ lắp đặt camera giám sát và mạng internet",
     "CCTV and network installer", "digital", "",
     "Khảo sát, đi dây, lắp đặt camera giám sát, đầu ghi, modem, bộ phát Wi-Fi cho hộ gia đình, cửa "
     "hàng, trang trại; cấu hình xem từ xa trên điện thoại và hướng dẫn khách sử dụng.",
     "lap-dat-camera-giam-sat lap-dat-va-cau-hinh-mang-wi-fi bam-dau-va-di-day-cap-mang "
     "su-dung-may-tinh-co-ban an-toan-dien lam-viec-an-toan-tren-cao",
     "doc-so-do-mach-dien lap-dat-cam-bien-iot-trang-trai giao-tiep-voi-khach-hang "
     "an-toan-thong-tin-phong-lua-dao-truc-tuyen su-dung-dung-cu-dien-cam-tay"),
    ("nhan-vien-tiep-thi-truc-tuyen", "2431", "Nhân viên tiếp thị trực tuyến (digital marketing)",
     "Online marketing assistant", "digital", "356227b9-2263-4dbd-81e9-7dfc6d3f3af7",
     "Quản trị fanpage, lập kế hoạch nội dung, làm video ngắn, chạy quảng cáo trên mạng xã hội để "
     "quảng bá sản phẩm nông sản, OCOP, homestay và dịch vụ địa phương.",
     "quan-tri-trang-facebook-ban-hang chay-quang-cao-tren-mang-xa-hoi lap-ke-hoach-noi-dung-cho-kenh-tiktok "
     "dang-san-pham-va-viet-mo-ta-ban-hang thiet-ke-an-pham-bang-canva "
     "quay-va-dung-video-ngan-bang-dien-thoai tim-hieu-va-tiep-can-thi-truong",
     "su-dung-excel-co-ban su-dung-cong-cu-tri-tue-nhan-tao-trong-cong-viec chinh-sua-anh "
     "chup-anh-san-pham-bang-dien-thoai ban-hang-qua-zalo-va-facebook dang-phong-homestay-truc-tuyen"),
]

# Query-expansion groups: every term in a group means the same thing to a searcher.
# Diacritics are kept; the search engine folds them itself.
# The last six groups and "chăm sóc trẻ", "chăm sóc bé", "trông bé" (issue 25) are everyday names of Hanoi trades as workers
# say them to counsellors (construction helpers, motorbike taxis, electricians,
# porters, garment workers); curated by the hocnghe team, not copied from a dataset.
SYNONYMS = """
vi tính|tin học|máy tính
tin học văn phòng|vi tính văn phòng
hàn xì|hàn|hàn điện
thợ hàn|công nhân hàn
online|trực tuyến|qua mạng
xe máy|xe gắn máy|mô tô|xe môtô
xe tay ga|xe ga
xe đạp điện|xe máy điện|xe điện
sửa|sửa chữa
bảo dưỡng|bảo trì
lắp đặt|lắp
livestream|phát trực tiếp|live|phát live
điều hòa|điều hoà|máy lạnh|máy điều hòa
điện lạnh|sửa điều hòa|sửa máy lạnh
thương mại điện tử|TMĐT|bán hàng online|e-commerce
sàn thương mại điện tử|sàn TMĐT
người già|người cao tuổi|người lớn tuổi|cụ già
chăm sóc người già|chăm sóc người cao tuổi|điều dưỡng người già
thủy canh|thuỷ canh|trồng rau không đất
nhà màng|nhà kính|nhà lưới
nông nghiệp công nghệ cao|nông nghiệp hiện đại|nông nghiệp thông minh
lợn|heo
ngô|bắp
ô tô|xe hơi|oto
giúp việc|osin|người giúp việc|giúp việc nhà
shipper|giao hàng|người giao hàng|ship hàng
phân hữu cơ|phân bón hữu cơ
thuốc bảo vệ thực vật|thuốc BVTV|thuốc trừ sâu|thuốc sâu
rau an toàn|rau sạch|rau VietGAP
điện dân dụng|điện nhà|điện gia đình
mây tre đan|mây tre|đan lát
gốm|gốm sứ|đồ gốm
thêu|thêu tay|thêu ren
nấu ăn|nấu nướng|nấu bếp
đầu bếp|thợ nấu|bếp trưởng
phục vụ bàn|bồi bàn|chạy bàn|phục vụ nhà hàng
cắt tóc|hớt tóc|làm tóc
làm móng|làm nail|nail
trang điểm|makeup|make up
lái xe|tài xế|lái xe ô tô
kho vận|kho bãi|logistics|quản lý kho
nhân viên bảo vệ|an ninh|canh gác
bảo vệ thực vật|BVTV
kế toán|sổ sách kế toán
Excel|bảng tính
Word|soạn thảo văn bản
điện thoại|điện thoại di động|smartphone|di động
camera|camera an ninh|camera giám sát|CCTV
wifi|wi-fi|mạng không dây
drone|máy bay không người lái|UAV|flycam
tưới nhỏ giọt|tưới giọt|tưới tiết kiệm
tưới tự động|tưới thông minh
trồng nấm|làm nấm
thủy sản|thuỷ sản|nuôi cá
thụ tinh nhân tạo|phối giống nhân tạo|dẫn tinh
hữu cơ|organic
IPM|quản lý dịch hại tổng hợp
CNC|máy CNC|máy điều khiển số
may mặc|dệt may|hàng may mặc
máy may|máy khâu
học nghề|đào tạo nghề|dạy nghề|khóa học nghề|khoá học nghề
sơ cấp|sơ cấp nghề|khóa ngắn hạn|khoá ngắn hạn
việc làm|công việc|tìm việc|tuyển dụng
lương|thu nhập|tiền công
thợ nề|thợ xây|thợ hồ
cốp pha|ván khuôn|coffa|cofa
giàn giáo|dàn giáo
cốt thép|sắt thép xây dựng|thép xây dựng
ốp lát|lát gạch|ốp gạch
sơn bả|sơn nhà|sơn tường
chống thấm|chống dột
điện mặt trời|năng lượng mặt trời|solar|pin mặt trời
cấp thoát nước|điện nước|ống nước
máy xúc|máy đào|máy múc|máy cuốc
xe nâng|forklift
tiếng Anh|English|Anh văn|ngoại ngữ
hợp tác xã|HTX
OCOP|mỗi xã một sản phẩm
khởi nghiệp|khởi sự kinh doanh|mở cửa hàng
thanh toán điện tử|chuyển khoản|ví điện tử|thanh toán QR
Facebook|FB|phây
TikTok|Tik Tok
quảng cáo|ads|chạy quảng cáo
thiết kế đồ họa|thiết kế đồ hoạ|đồ họa|đồ hoạ|graphic design
Photoshop|PTS
ắc quy|bình ắc quy|bình điện
phanh xe|thắng xe
lốp|vỏ xe|lốp xe
săm|ruột xe
phun xăng điện tử|FI|xe phun xăng
động cơ|motor|mô tơ
hòa lưới|hoà lưới|nối lưới
trồng trọt|trồng cây|canh tác
cây ăn quả|cây ăn trái
hoa quả|trái cây
an toàn lao động|ATLĐ|an toàn vệ sinh lao động
bảo hộ lao động|đồ bảo hộ|trang bị bảo hộ
phòng cháy chữa cháy|PCCC|chữa cháy
sơ cứu|cấp cứu ban đầu
làng nghề|làng nghề truyền thống|nghề thủ công
thủ công mỹ nghệ|hàng mỹ nghệ|đồ thủ công
homestay|farmstay|lưu trú tại nhà dân
du lịch cộng đồng|du lịch trải nghiệm|du lịch nông nghiệp|du lịch sinh thái
hướng dẫn viên|HDV|thuyết minh viên
thợ mộc|thợ làm đồ gỗ
chạm khắc|chạm trổ|điêu khắc gỗ
sơn mài|sơn ta
trông trẻ|giữ trẻ|bảo mẫu|chăm trẻ|chăm sóc trẻ|chăm sóc bé|trông bé
hộ lý|chăm sóc bệnh nhân|chăm bệnh
khu công nghiệp|KCN
kiểm tra chất lượng|QC|KCS|kiểm hàng
lắp ráp điện tử|linh kiện điện tử
điện công nghiệp|điện nhà xưởng
PLC|bộ điều khiển lập trình
đồng hồ vạn năng|VOM|đồng hồ đo điện
trí tuệ nhân tạo|AI
chuyển đổi số|số hóa|số hoá|công nghệ số
thú y|bác sĩ thú y|thú y viên
chăn nuôi gà|nuôi gà
bò sữa|nuôi bò sữa
vệ sinh công nghiệp|dọn vệ sinh|tạp vụ
phụ hồ|thợ phụ hồ|phụ thợ xây|thợ xây
xe ôm|xe ôm công nghệ|chở khách bằng xe máy|xe máy chở khách
thợ điện|thợ điện dân dụng|thợ điện nước
bốc vác|bốc xếp|khuân vác
xây dựng|thợ xây|công trình xây dựng
thợ may|công nhân may|thợ cắt may
"""


def build_rows():
    skills = parse_skills(SKILLS)
    skill_rows = []
    for s in skills:
        seen = {fold(s["label_vi"])}
        seen_exact = {s["label_vi"].lower()}
        alts = []

        def add(a):
            a = nfc(a.strip())
            if not a or a.lower() in seen_exact:
                return
            seen_exact.add(a.lower())
            alts.append(a)

        add(plain(s["label_vi"]))                # diacritic-free label
        v = tone_variant(s["label_vi"])          # hòa/hoà, thủy/thuỷ...
        if v:
            add(v)
        for a in s["alts"]:
            add(a)
            v = tone_variant(a)
            if v:
                add(v)
        esco = ESCO_SKILL + s["esco"] if s["esco"] else ""
        skill_rows.append([s["code"], s["label_vi"], s["label_en"], "|".join(alts), s["group"], esco])

    occ_rows, rel_rows = [], []
    for (code, isco, name_vi, name_en, sector, esco, desc, ess, opt) in OCCUPATIONS:
        uri = ESCO_OCC + esco if esco else ""
        occ_rows.append([code, isco, nfc(name_vi), name_en, sector, uri, nfc(desc)])
        for c in ess.split():
            rel_rows.append([code, c, "essential"])
        for c in opt.split():
            rel_rows.append([code, c, "optional"])

    syn_rows = [[nfc(l.strip())] for l in SYNONYMS.strip().splitlines() if l.strip()]
    return skill_rows, occ_rows, rel_rows, syn_rows


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(header)
        w.writerows(rows)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=HERE, help="output directory (default: this folder)")
    args = ap.parse_args(argv)
    os.makedirs(args.out, exist_ok=True)
    skills, occs, rels, syns = build_rows()
    write_csv(os.path.join(args.out, "occupations.csv"),
              ["code", "isco_code", "name_vi", "name_en", "sector", "esco_uri", "description_vi"], occs)
    write_csv(os.path.join(args.out, "skills.csv"),
              ["code", "label_vi", "label_en", "alt_labels", "group", "esco_uri"], skills)
    write_csv(os.path.join(args.out, "occupation_skills.csv"),
              ["occupation_code", "skill_code", "relation"], rels)
    write_csv(os.path.join(args.out, "synonyms.csv"), ["terms"], syns)
    print(f"wrote {len(occs)} occupations, {len(skills)} skills, {len(rels)} relations, "
          f"{len(syns)} synonym groups to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
