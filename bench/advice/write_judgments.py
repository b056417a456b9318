#!/usr/bin/env python3
"""The counsellor's judgments, written by hand before any ranking was run,
and emitted as bench/advice/judgments.json.

Scale: 3 best advice, 2 good, 1 acceptable, 0 not useful (harmless),
-1 bad advice (violates a hard limit, already started or expired, a wrong
trade pushed on someone with a clear goal, a certificate they already hold).
Every item not listed gets the persona's default.

Two rules hold for every persona and are added here rather than repeated:
courses 104, 106 and 134 started before today (2027-01-11) and demands 507
and 552 expired before today; all are -1.

Fees: a counsellor knows that people in the support categories get the
remaining fee of elementary (so_cap) and short courses paid, up to
3,000,000 VND more than the catalogue subsidy; the judgments use that.
Run from the workspace root: python3 bench/advice/write_judgments.py
"""
import json
import os

STARTED = {104: "started 2027-01-04, cannot be joined", 106: "started 2026-12-14, cannot be joined", 134: "started 2027-01-04, cannot be joined"}
EXPIRED = {507: "expired 2027-01-05", 552: "expired 2026-12-31"}

# persona: (course_default, job_default, {course_id: (grade, why)}, {demand_id: (grade, why)})
J = {
    "p01": (-1, -1, {
        101: (3, "motorbike repair at home, weekdays, 1.5M within budget; mostly in his free March-April"),
        102: (2, "same course in the August lull, but seven months away and ends in the October harvest"),
        103: (1, "same course but evenings, not the time he gave; 16 weeks"),
        119: (0, "right trade but Sóc Sơn is 57 km away"),
    }, {
        502: (2, "the local motorbike workshop hiring: his target job once trained"),
        503: (0, "seasonal tea picking nearby: harmless off-season income, not his goal"),
        508: (0, "seasonal resort job nearby, not his goal"),
        556: (0, "motorbike job but 57 km away"),
    }),
    "p02": (-1, 0, {
        109: (3, "homestay and community tourism in Ba Vì, blended, weekdays; fee 1M and support covers it"),
        145: (1, "online selling helps market a homestay; evenings, not her stated time"),
        148: (1, "basic digital skills, free, online"),
        146: (0, "livestream selling, 18 km beyond her radius, not her goal"),
        110: (0, "cooking certificate 18 km away; she already cooks well"),
        108: (0, "tea short course nearby; not her goal"),
        150: (0, "start-up course but 57 km away"),
        153: (0, "start-up course but 67 km away"),
    }, {
        504: (2, "working in a homestay first is good preparation for her own"),
        508: (1, "resort service work nearby, some relevant experience"),
    }),
    "p03": (0, 0, {
        107: (3, "dairy husbandry 8 km away, covered by support; the Suối Hai dairy cooperative hires"),
        101: (2, "motorbike repair at home, fee covered by support, local demand"),
        103: (2, "motorbike repair evening intake; he is free any time"),
        102: (1, "motorbike repair in August: fine but far off"),
        105: (2, "residential electrics at home, covered by support; electricians wanted in Sơn Tây"),
        108: (2, "free tea course 8 km away; the tea cooperative hires seasonally"),
        110: (2, "cooking certificate in Sơn Tây 18 km, covered by support; cooks wanted there"),
        111: (1, "same cooking course in May"),
        109: (1, "homestay skills; he does not run one"),
        168: (1, "free fruit-tree course 21 km away; no local demand"),
        148: (1, "free basic digital skills"),
        147: (-1, "phone repair: 1M even after support, over his hard 500k limit"),
        117: (-1, "drone course: 3M after support, far over his hard limit"),
        124: (-1, "industrial electrics: 1M after support, over his hard limit (and 62 km away)"),
        125: (-1, "CNC: 2M after support, over his hard limit (and 62 km away)"),
        158: (-1, "car repair: 3M after support, over his hard limit (and 35 km away)"),
    }, {
        501: (2, "dairy cooperative 8 km away, entry jobs, training at 107"),
        503: (2, "seasonal tea picking 8 km away, unskilled entry"),
        508: (2, "seasonal resort service work at home, unskilled entry"),
        504: (1, "homestay work nearby, needs cooking and guest skills"),
        502: (1, "motorbike workshop: only after training"),
        506: (1, "kitchen work in Sơn Tây, after training"),
        548: (1, "electronics assembly in Hoà Lạc 18 km; primary schooling may be a barrier"),
    }),
    "p04": (-1, -1, {
        122: (3, "welding 5 km away, weekdays, 3.5M within budget, starts March"),
        123: (2, "same welding course in April; a month and a half later"),
        157: (0, "welding but 42 km away"),
        124: (0, "industrial electrics: an alternative, not his choice"),
        125: (0, "CNC: not his choice and over budget"),
    }, {
        510: (3, "MIG/MAG welders wanted 6 km away: his target after the course"),
        509: (1, "assembly job he can do now; not what he wants"),
        521: (0, "factory job he could do; not his goal"),
        530: (0, "welding job but 42 km away"),
    }),
    "p05": (0, 0, {
        127: (3, "free four-week assembly course at home; 40 assembly jobs 15 km away"),
        126: (2, "air-conditioning repair at home, evenings, 2.5M; a trade in demand"),
        120: (2, "residential electrics in Sóc Sơn 15 km, cheap evening course"),
        143: (2, "office IT online: useful for a school leaver"),
        144: (2, "office IT online, March intake"),
        145: (2, "online selling, cheap, online"),
        129: (1, "forklift licence course at home but 17% over budget"),
        119: (1, "motorbike repair 15 km away"),
        122: (1, "welding, over budget"),
        123: (1, "welding, over budget"),
        124: (1, "industrial electrics, over budget"),
        130: (1, "free sewing course 15 km away"),
        141: (1, "pottery in Bát Tràng 16 km"),
        142: (1, "ceramic painting in Bát Tràng 16 km"),
        146: (1, "livestream selling, blended, Hoà Lạc 39 km"),
        159: (1, "cooking in Gia Lâm 14 km"),
        160: (1, "beauty care in Gia Lâm 14 km"),
        161: (1, "nails in Gia Lâm 14 km"),
        162: (1, "baking in Gia Lâm 14 km"),
    }, {
        509: (3, "40 entry-level assembly jobs 15 km away"),
        513: (2, "warehouse jobs at home, entry level"),
        521: (2, "plastic-moulding operators 15 km away, entry level"),
        525: (2, "supermarket sales 14 km away, entry level"),
        528: (1, "delivery work; needs a motorbike"),
        516: (1, "security work 15 km away"),
        514: (1, "forklift driver: needs the licence first"),
        520: (1, "sewing jobs 15 km, after training"),
    }),
    "p06": (-1, -1, {
        153: (3, "women's start-up course at home, evenings, free: exactly her plan"),
        145: (3, "online selling course, evenings, online, within budget"),
        148: (1, "free digital basics online, evenings"),
        143: (1, "office IT online, evenings: of some use for her books"),
        144: (1, "office IT online, evenings, March intake"),
        151: (0, "evening electrics course within 10 km: fits her limits, not her goal"),
        150: (-1, "start-up course, but weekends: she can only study evenings"),
    }, {
        533: (0, "local job, not her goal"),
        536: (0, "local job, not her goal"),
        537: (0, "local job, not her goal"),
        535: (0, "local job 5 km away, not her goal"),
        538: (0, "local job 10 km away, not her goal"),
    }),
    "p07": (-1, -1, {
        162: (3, "baking at home, evenings, 1.5M within budget"),
        159: (1, "cooking in the evening at home: close to baking"),
    }, {
        554: (3, "bakery hiring at home: her target"),
        525: (0, "supermarket job at home, not her goal"),
        526: (0, "domestic work at home, not her goal"),
    }),
    "p08": (-1, -1, {
        132: (0, "the company's own sewing course at home: she already has these skills"),
        133: (0, "the company's own sewing course, March intake: she already has these skills"),
    }, {
        534: (3, "50 sewing jobs in her commune, her trade"),
        539: (2, "garment QC at home, which she wants; she lacks the QC skill itself"),
        520: (0, "sewing jobs but 47 km away"),
    }),
    "p09": (-1, 0, {
        136: (3, "weekend skills assessment in his village that awards the inlay certificate"),
        135: (-1, "full weekday course: he can only study at weekends, and it reteaches his trade"),
    }, {
        535: (2, "inlay workshop in his village: a wage job in his trade"),
    }),
    "p10": (-1, 0, {
        140: (3, "three-weekend, free skills assessment at the cooperative that awards her certificate"),
        138: (1, "free full course gives the certificate too, but eight weeks of what she knows"),
        139: (1, "same full course in April"),
    }, {
        529: (3, "the cooperative's export orders she wants to take"),
    }),
    "p11": (0, 0, {
        148: (1, "free online digital basics: useful for shop or guard work"),
        164: (-1, "masonry course: pushes him back to the heavy work he must leave"),
        112: (-1, "elderly care means lifting people: bad for his knees"),
        113: (-1, "elderly care means lifting people: bad for his knees"),
    }, {
        525: (2, "supermarket sales, a light job he asked for, 18 km away"),
        516: (0, "security job he wants, but 41 km away"),
        518: (-1, "masonry: the heavy work he must leave"),
        549: (-1, "masonry: the heavy work he must leave"),
        540: (-1, "care work means lifting: bad for his knees"),
        542: (-1, "hospital orderly work means lifting patients"),
    }),
    "p12": (-1, -1, {
        154: (3, "site-guide course at home, starts 18 January, three weeks before the festival"),
        109: (0, "community tourism but 66 km away"),
    }, {
        543: (3, "festival-season guides wanted at home"),
        544: (2, "festival-season restaurant work at home"),
        508: (0, "resort job 66 km away"),
    }),
    "p13": (-1, 0, {
        165: (3, "free VietGAP course in his commune, March-April, his off-season"),
        114: (1, "hydroponics 11 km, 80% over budget"),
        115: (1, "hydroponics in August, 80% over budget"),
        116: (1, "greenhouse growing 11 km, over budget"),
        145: (1, "online selling for his produce; evenings"),
        118: (0, "farm IoT: not his plan now"),
        150: (0, "start-up course but 33 km away"),
        168: (0, "fruit trees 30 km away, not his crop"),
    }, {
        551: (1, "the VietGAP cooperative he wants to sell to; seasonal work there teaches the practice"),
    }),
    "p14": (-1, -1, {
        143: (3, "office IT fully online, February"),
        144: (2, "office IT fully online, March"),
        145: (3, "online selling, fully online"),
        148: (1, "digital basics online; he already uses a computer"),
    }, {}),
    "p15": (-1, 0, {
        145: (3, "online selling, evenings, online"),
        146: (2, "livestream selling at weekends, blended; the in-person days are 27 km away"),
        143: (1, "office IT online, evenings"),
        144: (1, "office IT online, evenings"),
        131: (0, "flower growing: she already does it"),
        150: (0, "start-up course 46 km away"),
        153: (0, "start-up course 53 km away"),
    }, {}),
    "p16": (-1, -1, {
        105: (3, "residential electrics at home, weekdays, March, fee 1M"),
        120: (0, "electrics but 57 km away"),
        151: (0, "electrics but 57 km away"),
        128: (0, "solar installation 55 km away; needs electrical safety first"),
    }, {
        505: (3, "electricians wanted in Sơn Tây 18 km: his target after the course"),
        553: (2, "solar installers in Sơn Tây 18 km, after electrics"),
        538: (0, "electrician job 57 km away"),
    }),
    "p17": (-1, 0, {
        166: (3, "the joinery certificate in his commune, within budget"),
    }, {
        546: (2, "joinery workshop in his commune, his trade"),
    }),
    "p18": (-1, -1, {
        114: (3, "hydroponics at home, weekdays, March-May, within budget"),
        115: (2, "hydroponics in August, his lull, but later"),
        116: (2, "greenhouse growing at home, blended, 25% over budget"),
        118: (1, "farm IoT at weekends, over budget"),
        165: (1, "VietGAP 11 km away: neighbouring skill"),
        117: (0, "drone spraying, three times his budget"),
    }, {
        531: (3, "hydroponics company hiring at home"),
        532: (3, "greenhouse melon jobs at home"),
        551: (1, "VietGAP vegetables 11 km away, seasonal"),
    }),
    "p19": (-1, 0, {
        145: (3, "online selling, evenings, online"),
        143: (2, "office IT online, evenings: Excel for her books"),
        144: (2, "office IT online, evenings, March"),
        148: (1, "digital basics online"),
        146: (0, "livestream at weekends, 45 km away"),
        149: (0, "cooperative accounting at weekends 35 km away"),
        150: (0, "start-up course 35 km away, weekends"),
    }, {}),
    "p20": (-1, -1, {
        125: (1, "CNC certificate 16 km away: mostly what he knows, weekdays clash with his work"),
    }, {
        512: (3, "CNC operators wanted at home: his trade"),
    }),
    "p21": (-1, -1, {
        155: (3, "free mushroom course in her commune"),
        156: (3, "free pig-raising course in her commune"),
        148: (0, "free digital basics online; not her goal"),
        150: (-1, "start-up course 10.2 km away, beyond her hard 10 km"),
        153: (-1, "start-up course 14 km away, beyond her hard 10 km"),
        167: (-1, "fish farming 14 km away, beyond her hard 10 km"),
    }, {
        545: (1, "mushroom cooperative at home: learn the trade while earning"),
        543: (0, "seasonal job 6 km away, not her goal"),
        544: (0, "seasonal job 6 km away, not her goal"),
    }),
    "p22": (-1, -1, {
        149: (3, "cooperative accounting at home, weekends, blended, within budget"),
        143: (1, "office IT online, evenings, not her time"),
        144: (1, "office IT online, evenings, not her time"),
        150: (0, "start-up course at weekends at home, not her goal"),
    }, {
        536: (3, "a cooperative bookkeeper wanted 10 km away"),
    }),
    "p23": (-1, -1, {
        112: (0, "elderly care, her trade, but 47 km away"),
        113: (0, "elderly care, her trade, but 47 km away"),
    }, {
        555: (2, "home elderly care in Sơn Tây; her household skills help"),
        540: (0, "elderly care job 47 km away"),
    }),
    "p24": (-1, -1, {
        112: (3, "elderly care at home, weekdays, 3M at her limit"),
        113: (1, "same course at weekends over 20 weeks, not her time"),
    }, {
        540: (3, "elderly care centre hiring at home"),
        542: (2, "hospital orderly at home, close to care work"),
        555: (0, "care job 47 km away"),
    }),
    "p25": (-1, 0, {
        152: (3, "farm-machinery repair 10 km away, within budget, from March"),
        150: (2, "start-up course 10 km away at weekends, free: for his repair service"),
        153: (0, "a women's start-up course"),
        157: (0, "welding 33 km away"),
    }, {
        533: (2, "machinery repair work at the cooperative: his trade, though he wants his own service"),
    }),
    "p26": (0, 0, {
        127: (3, "free four-week assembly course at home; many assembly jobs near"),
        130: (2, "free sewing certificate 15 km away; sewing jobs there"),
        126: (1, "air-conditioning repair at home, evenings"),
        163: (1, "free domestic-work course 14 km away"),
        159: (1, "cooking in Gia Lâm, evenings"),
        162: (1, "baking in Gia Lâm, evenings"),
        143: (1, "office IT online"),
        144: (1, "office IT online"),
        145: (1, "online selling"),
    }, {
        509: (3, "40 entry-level assembly jobs 15 km away"),
        513: (2, "warehouse jobs at home"),
        520: (2, "sewing jobs 15 km away, after the free course"),
        525: (2, "supermarket sales 14 km away"),
        521: (1, "plastic moulding 15 km away"),
        526: (1, "domestic work 14 km away"),
    }),
    "p27": (-1, -1, {
        142: (3, "ceramic painting in her village at weekends, within budget"),
    }, {
        523: (3, "ceramic painters wanted in her village"),
        522: (2, "pottery shaping in her village"),
        524: (1, "selling pottery online in her village"),
    }),
    "p28": (-1, 0, {
        119: (3, "motorbike course in his commune: finishes modules 3-4 toward the certificate he already has 5 credits of"),
        101: (0, "right course but 57 km away"),
        102: (0, "right course but 57 km away"),
        103: (0, "right course but 57 km away"),
    }, {
        556: (1, "motorbike job nearby; he has his own shop"),
    }),
    "p29": (-1, -1, {
        147: (3, "phone repair at home, 4M within the family's budget"),
        118: (1, "Wi-Fi and sensors at weekends 22 km away: close to camera work"),
        143: (1, "office IT online"),
        144: (1, "office IT online"),
        127: (0, "electronics assembly 39 km away"),
    }, {
        548: (1, "electronics assembly at home: related work"),
        547: (1, "office job at home"),
    }),
    "p30": (-1, 0, {
        107: (3, "dairy course in his commune: breeding, feed and biosecurity he lacks"),
    }, {
        501: (0, "dairy job in his commune; he runs his own herd"),
    }),
    "p31": (-1, -1, {
        130: (-1, "awards the sewing certificate she already holds"),
        127: (1, "free assembly course 16 km away: another factory route"),
    }, {
        520: (3, "30 sewing jobs 21 km away, her trade and certificate"),
        509: (1, "assembly jobs 17 km away"),
        534: (0, "sewing jobs 54 km away"),
    }),
    "p32": (-1, -1, {
        135: (2, "inlay craft 6 km away; fee covered by poor-household support"),
        132: (1, "free company sewing course at home; at 58 she may not be hired"),
        133: (1, "same, March intake"),
        148: (1, "free online digital basics"),
        136: (0, "assessment for practising inlayers: she is not one"),
        143: (0, "office IT online: not useful to her"),
        144: (0, "office IT online: not useful to her"),
        145: (0, "online selling: nothing to sell yet"),
    }, {
        535: (1, "inlay workshop 6 km away, after training"),
        534: (1, "sewing jobs at home; age may count against her"),
        539: (0, "garment QC at home: needs experience"),
    }),
    "p33": (-1, -1, {
        128: (3, "solar installation at weekends 26 km away; his electrical-safety module meets the prerequisite"),
        105: (1, "finishes his electrics certificate but weekdays, 32 km"),
        151: (1, "finishes his electrics certificate but evenings, 33 km"),
        120: (1, "finishes his electrics certificate but evenings, 33 km"),
        124: (0, "industrial electrics 37 km away, weekdays"),
    }, {
        553: (3, "solar installers wanted 22 km away"),
        505: (2, "electricians wanted 22 km away"),
        538: (1, "electrician job 33 km away"),
        549: (0, "labouring job at home: what he wants to leave"),
    }),
    "p34": (0, 0, {
        126: (2, "air-conditioning repair 14 km away, evenings, 2.5M"),
        127: (2, "free assembly course 14 km away"),
        129: (1, "forklift course, 17% over budget"),
        143: (1, "office IT online"),
        144: (1, "office IT online"),
        145: (1, "online selling"),
        159: (1, "cooking at home, evenings"),
        160: (1, "beauty care at home, evenings"),
        161: (1, "nails at home, weekends"),
        162: (1, "baking at home, evenings"),
        141: (1, "pottery 5 km away"),
        142: (1, "ceramic painting 5 km away"),
        112: (1, "elderly care 18 km away"),
        113: (1, "elderly care 18 km away, weekends"),
        137: (1, "lacquer craft 18 km away"),
    }, {
        528: (3, "15 delivery jobs at home, entry level"),
        525: (2, "supermarket sales at home"),
        513: (2, "warehouse jobs 14 km away"),
        514: (1, "forklift driver, needs licence"),
        522: (1, "pottery shaping 5 km away, after training"),
        527: (1, "spa at home, after training"),
        540: (1, "elderly care 18 km away, after training"),
        554: (1, "bakery at home, after training"),
    }),
    "p35": (-1, 0, {
        145: (3, "online selling, evenings, online, within budget"),
        146: (3, "livestream selling for farm and craft products, blended, weekends, 11 km"),
        143: (1, "office IT online"),
        144: (1, "office IT online"),
        148: (1, "digital basics online"),
        109: (1, "homestay course, blended, 8 km: tea tourism, weekdays"),
        118: (0, "farm IoT, blended, 32 km away"),
    }, {
        503: (0, "tea cooperative job: she grows her own"),
    }),
    # Held out (see build_personas.py): judged before any ranking was run on them.
    "p36": (0, 0, {
        166: (3, "carpentry 4.6 km away, weekdays, 1.5M within budget; carpenters wanted in Thạch Thất"),
        164: (2, "free masonry course 15 km away, weekdays; masons wanted in Quốc Oai"),
        110: (1, "cooking in Sơn Tây 8 km, 25% over budget; cooks wanted there"),
        111: (1, "same cooking course in May"),
        143: (1, "office IT online, evenings; office jobs in Hoà Lạc"),
        144: (1, "office IT online, March"),
        145: (1, "online selling online; a few e-commerce jobs in Quốc Oai"),
        148: (1, "free digital basics online"),
        165: (1, "free VietGAP course 15 km away; farm labour wanted in Quốc Oai"),
        107: (1, "dairy husbandry 18 km, a little beyond his radius; the dairy cooperative hires"),
    }, {
        548: (3, "20 entry-level assembly jobs in Hoà Lạc, 12 km"),
        551: (2, "VietGAP farm labour in Quốc Oai, entry level"),
        546: (1, "carpentry workshop 4.6 km: after training"),
        549: (1, "masons in Quốc Oai: after training"),
        506: (1, "kitchen work in Sơn Tây: after training"),
        555: (1, "elderly care in Sơn Tây: after training"),
        547: (1, "office work in Hoà Lạc: after a computer course"),
        509: (1, "40 assembly jobs in Quang Minh, 22 km: beyond his radius"),
        521: (1, "plastic moulding in Quang Minh, 22 km"),
        501: (1, "dairy cooperative 18 km away, entry level"),
        503: (1, "seasonal tea picking 15 km away"),
    }),
    "p37": (-1, -1, {
        148: (2, "free digital basics online: maps, e-wallets and apps a rider uses; evenings, not her stated time"),
    }, {
        528: (1, "delivery riders wanted in Gia Lâm, 18 km: her job, beyond her radius"),
    }),
    "p38": (0, 0, {
        130: (3, "free sewing certificate at home, weekdays; 30 sewing jobs in Mê Linh"),
        127: (2, "free four-week assembly course in Đông Anh, 15 km, weekdays; 40 assembly jobs 5 km from home"),
        148: (1, "free digital basics online, evenings"),
        131: (0, "flower growing at weekends, fee 500,000"),
        143: (0, "office IT online, 1.2M: she has no money for fees"),
        144: (0, "office IT online, 1.2M"),
    }, {
        520: (3, "30 sewing jobs at home"),
        509: (3, "40 entry-level assembly jobs 5 km away"),
        521: (2, "plastic moulding 5 km away, entry level"),
        519: (2, "flower farm work at home until the end of February"),
        513: (1, "warehouse work in Đông Anh, 15 km"),
    }),
    "p39": (-1, -1, {
        143: (1, "office IT online: spreadsheets for stock records; evenings, not his time"),
        144: (1, "office IT online, March"),
        148: (1, "digital basics online"),
        129: (0, "forklift licence helps in a warehouse, but 39 km away at weekends and over budget"),
    }, {
        513: (0, "warehouse jobs in Đông Anh, 39 km: far too far"),
    }),
    "p40": (0, 0, {
        122: (3, "welding 14 km away, 3.5M slightly over budget; six welders wanted in Nội Bài, 7 km"),
        123: (2, "same welding course in April"),
        119: (2, "motorbike repair in Sóc Sơn, 10 km, 1.2M; mechanics wanted there"),
        120: (2, "residential electrics in Sóc Sơn, evenings, 1M"),
        127: (2, "free assembly course in Đông Anh, 22 km; 40 assembly jobs 10 km from home"),
        124: (1, "industrial electrics 14 km, 33% over budget"),
        125: (1, "CNC 14 km, 67% over budget"),
        126: (1, "air-conditioning repair in Đông Anh, 22 km, evenings; one aircon employer in Sóc Sơn"),
        128: (1, "solar installation at weekends in Đông Anh, 3M"),
        129: (1, "forklift licence in Đông Anh, 3.5M"),
        130: (1, "free sewing course in Mê Linh, 15 km"),
        143: (1, "office IT online"),
        144: (1, "office IT online"),
    }, {
        509: (3, "40 entry-level assembly jobs 10 km away"),
        521: (2, "plastic moulding 10 km away, entry level"),
        510: (1, "welders in Nội Bài: after training"),
        516: (1, "security guards in Sóc Sơn"),
        518: (1, "building work in Sóc Sơn: after training"),
        520: (1, "sewing in Mê Linh, 15 km"),
        513: (1, "warehouse work in Đông Anh, 22 km"),
        556: (1, "motorbike workshop in Sóc Sơn: after training"),
        517: (1, "poultry farm in Sóc Sơn"),
    }),
    "p41": (-1, -1, {
        148: (2, "free digital basics online: e-wallet payments every shop takes now; evenings, not her time"),
        145: (1, "online selling: customer care and payments, close to shop work; 1M, evenings"),
        143: (1, "office IT online"),
        144: (1, "office IT online"),
    }, {
        550: (1, "e-commerce sales assistant at home: sales work close to hers"),
        525: (0, "supermarket sales in Gia Lâm, too far"),
    }),
}


def main():
    out = {}
    for pid, (cdef, jdef, courses, jobs) in J.items():
        courses = dict(courses)
        jobs = dict(jobs)
        for cid, why in STARTED.items():
            if cdef != -1 or cid in courses:
                courses[cid] = (-1, why)
        for did, why in EXPIRED.items():
            if jdef != -1 or did in jobs:
                jobs[did] = (-1, why)
        out[pid] = {
            "course_default": cdef,
            "job_default": jdef,
            "courses": [{"id": i, "grade": g, "why": w} for i, (g, w) in sorted(courses.items())],
            "jobs": [{"id": i, "grade": g, "why": w} for i, (g, w) in sorted(jobs.items())],
        }
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "judgments.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
