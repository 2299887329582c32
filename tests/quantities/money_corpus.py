"""Money, percent and date forms seen in Azerbaijani news, as short phrases written for the tests.

Duckling-corpus style: each expected value, written with the builders below (`money(between(15e9, 20e9),
"USD")`, `percent(about(40))`), is followed by every surface form that must produce it.
The expected span is in [brackets]; the brackets are removed before the text is analysed. The forms
were collected from ../shared/news/raw.jsonl (which spellings, inflections, qualifiers occur) but the
phrases are our own: no publisher sentence is copied.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal as D


@dataclass(frozen=True)
class Value:
    """What a phrase states: an exact number or a range, and a qualifier."""
    exact: D | None = None
    min: D | None = None
    max: D | None = None
    qualifier: str | None = None


def as_value(x: Value | int | float) -> Value:
    return x if isinstance(x, Value) else Value(exact=D(str(x)))


def between(low, high) -> Value:
    """A range: "15-20 milyard", "300 min dollardan 1 milyon dollara qədər"."""
    return Value(min=D(str(low)), max=D(str(high)))


def _qualified(qualifier: str):
    def build(x) -> Value:
        return replace(as_value(x), qualifier=qualifier)
    build.__doc__ = f"A number or range with the qualifier {qualifier!r}."
    return build


about = _qualified("approx")       # "təxminən", "... yaxın"
above = _qualified("more_than")    # "... çox", "... artıq"
under = _qualified("less_than")    # "... az"
at_least = _qualified("at_least")  # "ən azı", "... az olmayaraq"
up_to = _qualified("up_to")        # "... qədər", "-dək"


def money(x, currency: str) -> dict:
    v = as_value(x)
    return {"amount": v.exact, "currency": currency, "qualifier": v.qualifier, "min": v.min, "max": v.max}


def percent(x) -> dict:
    v = as_value(x)
    return {"value": v.exact, "qualifier": v.qualifier, "min": v.min, "max": v.max}


# Numbers alone: value → every spelling that must parse to it (pipeline.quantities.numbers.parse).
NUMBERS: list[tuple[str, list[str]]] = [
    ("1", ["bir", "1", "Bir"]),
    ("0.5", ["yarım", "0,5", "0.5"]),
    ("1.5", ["1,5", "1.5", "bir yarım"]),
    ("12.8", ["12,80", "12.80", "12,8"]),
    ("15", ["on beş", "15"]),
    ("20", ["iyirmi"]),
    ("75", ["yetmiş beş", "Yetmiş beş"]),
    ("99", ["doxsan doqquz"]),
    ("110", ["yüz on"]),
    ("200", ["iki yüz", "İki yüz", "İKİ YÜZ", "200"]),
    ("250", ["iki yüz əlli", "250"]),
    ("1000", ["min", "bir min", "1000", "1 000", "1.000", "1,000"]),
    ("1008", ["1,008", "1.008", "1 008"]),
    ("4500", ["4 500", "4\u00a0500", "4.500", "dörd min beş yüz"]),
    ("10159", ["10 min 159", "on min yüz əlli doqquz"]),
    ("367900", ["367,9 min", "367.9 min", "367 900"]),
    ("500000", ["500 min", "500 000", "500\u00a0000", "500.000", "beş yüz min", "yarım milyon"]),
    ("1200000", ["1,2 milyon", "1.2 milyon", "1,2 mln.", "1,2 mln", "1.200.000", "1 200 000",
                 "bir milyon iki yüz min", "1,2 milyona", "1,2 milyonluq"]),
    ("1500000", ["1,5 milyon", "bir milyon beş yüz min", "1 milyon yarım", "bir yarım milyon"]),
    ("10000000", ["10 milyon", "10 000 000", "10.000.000", "on milyon"]),
    ("18000000", ["18.000.000", "18 000 000", "18 milyon"]),
    ("18500000", ["18 milyon yarım", "18,5 milyon"]),
    ("1349000000", ["1,349 milyard", "1.349 milyard", "1 milyard 349 milyon"]),
    ("43003000000", ["43,003 milyard", "43 milyard 3 milyon"]),
    ("1150000000", ["1 mlrd. 150 mln.", "1 mlrd 150 mln", "1,15 milyard", "bir milyard yüz əlli milyon"]),
    ("1200000000", ["bir milyard iki yüz milyon", "1,2 milyard", "1,2 mlrd.", "1.2 mlrd", "1,2 milyardlıq"]),
    ("39192000000", ["39 milyard 192 milyon", "39,192 milyard"]),
    ("1000000000000", ["bir trilyon", "1 trilyon", "1 trln.", "1 000 milyard"]),
    ("1680000000000", ["1,68 trilyon", "1.68 trln"]),
    ("2070000000000", ["2 trilyon 70 milyard", "iki trilyon yetmiş milyard"]),
    ("9398.3", ["9,398.3", "9.398,3", "9 398,3"]),
    ("1234567.89", ["1,234,567.89", "1.234.567,89", "1 234 567,89"]),
]

NOT_NUMBERS = ["", "abc", "onlar", "minimum", "üçün", "1.2.3", "beş on", "5 3", "milyonçu", "12,5,5"]

# MONEY: expected attributes → phrases with the span in brackets.
MONEY: list[tuple[dict, list[str]]] = [
    (money(1_200_000, "AZN"), ["layihəyə [1,2 milyon manat] ayrılıb", "layihəyə [1.2 milyon manat] ayrılıb",
                           "ümumi dəyəri [1 200 000 manat] olan", "ümumi dəyəri [1.200.000 manat] olan",
                           "fonda [1,2 mln. manat] köçürülüb", "fonda [1,2 mln manat] köçürülüb",
                           "büdcədən [bir milyon iki yüz min manat] ayrılıb", "onun [1,2 milyon manatı] ödənilib",
                           "dəyəri [1,2 milyon manatdır].", "[1,2 milyon AZN] həcmində", "[1,2 milyon ₼] həcmində",
                           "cəmi [₼1,2 milyon] xərclənib", "[1,2 milyon manatlıq] layihə"]),
    (money(1_500_000, "AZN"), ["ilkin olaraq [1,5 milyon (bir milyon beş yüz min) manatı] ayrılıb",
                           "yola [1 milyon yarım manat] xərclənib"]),
    (money(12.8, "AZN"), ["bilet [12,80 manat] təşkil edir", "bilet [12.80 manat] təşkil edir"]),
    (money(400, "AZN"), ["əməkhaqqı [400 manata] çatıb", "maaş [400 manat] olub", "[400 manatla] yaşamaq"]),
    (money(33_200_000, "AZN"), ["investisiya dəyəri [33,2 milyon manatdır]"]),
    (money(10_000_000, "USD"), ["[10 000 000 ABŞ dolları] məbləğində", "[10.000.000 ABŞ dolları] məbləğində",
                            "[10 milyon dollar] ayrılıb", "[$10 milyon] ayrılıb", "[$10 mln] ayrılıb",
                            "[10 milyon USD] ayrılıb", "[USD 10 000 000] köçürülüb", "[10 milyon $] ayrılıb"]),
    (money(300_000_000_000, "USD"), ["ölkələrə [300 milyard ABŞ dolları] vəd edilib",
                                 "hədəf [300 milyard ABŞ dollarına] qaldırılıb",
                                 "[300 milyard dollarlıq] paket", "[300 mlrd. dollar] toplanıb",
                                 "[üç yüz milyard dollar] toplanıb"]),
    (money(1_000_000, "USD"), ["nazirliyə [1 milyon ABŞ dollarının] manat ekvivalenti",
                           "[bir milyon dollar] mükafat"]),
    (money(2_000_000, "USD"), ["nazirliyə [2,0 (iki) milyon ABŞ dollarının] ekvivalenti"]),
    (money(45, "USD"), ["neftin qiyməti [45 dollara] düşə bilər", "barel [45 dollar] olub", "qiymət [$45] olub"]),
    (money(3_320_000_000, "USD"), ["qaçqınlara [3,32 milyard dollarlıq] yardım", "[3,32 milyard dollar] ayrılıb"]),
    (money(76_000_000_000, "USD"), ["aktivlər [76 milyardABŞ dolları] olub"]),
    (money(2_300_000_000, "GEL"), ["turistlər [2,3milyard lari] xərcləyib", "[2,3 milyard lari] xərclənib"]),
    (money(1008, "GEL"), ["orta xərc [1,008 lari] olub"]),
    (money(14_600_000_000, "DKK"), ["Danimarka [14,6 milyard Danimarka kronu] ayırıb"]),
    (money(50_000_000_000, "DKK"), ["Danimarka hökuməti əlavə [50 milyard kron] ayıracaq"]),
    (money(18_000_000_000, "BGN"), ["büdcə kəsiri [18 milyard leva] olub"]),
    (money(1_600_000_000, "GBP"), ["raketlərə [1,6 milyard funt sterlinq] xərclənəcək", "[£1,6 milyard] xərclənəcək",
                               "[1,6 milyard Britaniya funtu] ayrılıb"]),
    (money(147_600_000_000, "TRY"), ["layihə [147,6 milyard lirə] gəlir gətirəcək",
                                 "[147,6 milyard Türkiyə lirəsi] gəlir", "[147,6 milyard ₺] gəlir"]),
    (money(4_000_000_000, "TRY"), ["fermerlərə [4 milyard lirəlik] ödəniş"]),
    (money(135_000_000_000, "TRY"), ["göstərici [135 milyard lirəyə] çatacaq"]),
    (money(2_070_000_000_000, "TRY"), ["kəndə [2 trilyon 70 milyard lirə] dəstək"]),
    (money(200_000, "AMD"), ["ona [200 min Ermənistan dramı] verilib", "ona [200 min dram] verilib"]),
    (money(5_000_000, "EUR"), ["Ukraynaya [5 milyon avro] dəyərində yardım", "[5 milyon avronu] qaytarmalıdır",
                           "[5 milyon avroya] başa gəlib", "[€5 milyon] ayrılıb", "[5 milyon €] ayrılıb",
                           "[5 milyon EUR] ayrılıb", "[5 milyon yevro] ayrılıb"]),
    (money(1_860_000_000, "EUR"), ["gəlir [1.86 milyard avro] olub"]),
    (money(20_000_000, "RUB"), ["cərimə [20 milyon rubl] olub", "cərimə [20 milyon Rusiya rublu] olub",
                            "cərimə [20 milyon ₽] olub", "cərimə [20 mln RUB] olub"]),
    (money(3_000_000, "KZT"), ["[3 milyon tenge] ödənilib", "[3 milyon Qazaxıstan tengesi] ödənilib"]),
    (money(7_000_000, "UZS"), ["[7 milyon Özbəkistan somu] ödənilib"]),
    (money(2_000_000, "CNY"), ["[2 milyon yuan] ayrılıb", "[2 milyon Çin yuanı] ayrılıb"]),
    (money(100_000_000, "JPY"), ["[100 milyon Yaponiya yeni] ayrılıb", "[100 milyon iyen] ayrılıb"]),
    (money(9_000_000, "UAH"), ["[9 milyon qrivna] ayrılıb", "[9 milyon Ukrayna qrivnası] ayrılıb"]),
    (money(above(10_000_000_000), "USD"), ["dəyəri [10 milyard dollardan] çox olan",
                                             "[10 milyard dollardan] artıqdır",
                                             "[10 milyard dollardan] çoxdur", "[10 milyard dollardan] yuxarı",
                                             "[on milyard dollardan] çox"]),
    (money(above(44_000_000), "USD"), ["yardım [44 milyon ABŞ dollarını] keçib",
                                         "ziyan [44 milyon dolları] keçə bilər",
                                         "[44 milyon dolları] ötüb", "[44 milyon dolları] aşıb"]),
    (money(above(1_000_000_000_000), "USD"), ["kəsir [bir trilyon dollardan] çoxdur",
                                                "dəyəri [1 trilyon ABŞ dollarından] artıqdır"]),
    (money(above(1_800_000_000), "AZN"), ["[1,8 milyard manatdan] artıq ziyan"]),
    (money(above(20_000_000_000), "EUR"), ["itki [20 milyard avrodan] artıqdır"]),
    (money(under(5_000_000), "USD"), ["[5 milyon dollardan] azdır", "[5 milyon dollardan] aşağı"]),
    (money(about(1_200_000), "AZN"), ["dəyəri təxminən [1,2 milyon manat] olan", "təqribən [1,2 milyon manat]",
                                     "[1,2 milyon manat] civarında", "[1,2 milyon manata] yaxın",
                                     "demək olar ki, [1,2 milyon manat]"]),
    (money(about(50_000_000_000), "USD"), ["zərər [50 milyard dollara] yaxın qiymətləndirilir",
                                          "(təxminən [50 milyard dollar])"]),
    (money(at_least(300_000_000_000), "USD"), ["ildə azı [300 milyard ABŞ dolları]", "ən azı [300 milyard dollar]"]),
    (money(at_least(5_000), "AZN"), ["[5 min manatdan] az olmayaraq", "[5 min manatdan] az olmayan məbləğ"]),
    (money(up_to(5_000), "AZN"), ["[5 min manatdan] çox olmayan cərimə", "[5 min manatadək] cərimə"]),
    (money(up_to(20_000_000_000), "USD"), ["[20 milyard dollara] qədər vəsait", "[20 milyard dollaradək] vəsait",
                                         "[20 milyard dollara] kimi"]),
    (money(at_least(10_000_000_000), "USD"), ["[on milyardlarla dollar] xərclənib"]),
    (money(between(15_000_000_000, 20_000_000_000), "USD"), ["[15-20 milyard dollar] lazımdır",
                                                             "[15–20 milyard dollar] lazımdır",
                                                             "[$15-$20 mlrd] lazımdır", "[$15-20 mlrd] lazımdır"]),
    (money(between(300_000, 1_000_000), "USD"), ["dəyəri [300 min dollardan 1 milyon dollara] qədər dəyişir"]),
    (money(between(52_000_000_000, 57_000_000_000), "USD"), ["itkilər [52-57 milyard dollar] arasında olacaq"]),
    (money(between(100, 200), "AZN"), ["[100-200 manat] cərimə"]),
    (money(about(between(15_000_000_000, 20_000_000_000)), "USD"), ["təxminən [15-20 milyard dollar] lazımdır"]),
]

# A currency named once for a list: every amount in the list takes it.
LISTS: list[tuple[str, list[tuple[str, str]]]] = [
    ("Arno [9,3 milyard], Huan [6,3 milyard] və Mask [2,2 milyard dollar] itirib",
     [("9300000000", "USD"), ("6300000000", "USD"), ("2200000000", "USD")]),
    ("katibliyə [2 milyon] və şuraya [100 min ABŞ dolları] ayrılıb", [("2000000", "USD"), ("100000", "USD")]),
    ("bərpaya [4 milyard], müdafiəyə [8,4 milyard manat] xərclənib", [("4000000000", "AZN"), ("8400000000", "AZN")]),
]

# Numbers and currency words that must not become MONEY.
NOT_MONEY = [
    "manatla ödənilir", "dollar bahalaşır", "2 milyon nəfər", "10 min 159 əmlak", "COP29-un iştirakçıları",
    "COP 29 konfransı", "üçün yeni imkanlar", "2 yeni marşrut", "Avro-6 standartı", "dörd qızıl medal",
    "milyardlarla dollar qazanır", "Marta Kos", "5 gümüş medal", "Tomas Frankın qolu", "onları yeni reallıqlara",
    "Avropa İttifaqı 5 ölkə", "Somali ordusu 40 nəfər", "3 real layihə", "2 Franklin fondu",
]

PERCENT: list[tuple[dict, list[str]]] = [
    (percent(5), ["artım [5 faiz] olub", "artım [5%] olub", "artım [5 %] olub", "artım [%5] olub", "[beş faiz] artıb"]),
    (percent(12.5), ["[12,5%-ə] çatıb", "[12,5 faizə] çatıb", "[12.5%] artıb", "[%12,5] artıb", "[12,5 %-ə] çatıb"]),
    (percent(3), ["[%3] endirim", "ÜDM-in [3%-nə] çatdırmaq", "[3 faizlik] rüsum"]),
    (percent(20), ["ərazinin [20 faizi] işğal olunmuşdu", "ərazinin [20 faizini] işğal etmişdi",
             "[iyirmi faiz] artıb", "[20%-i] qadınlardır", "[20 %-i] qadınlardır", "[20 faizinin] payı"]),
    (percent(98.6), ["məmnunluq [98,6 faiz] təşkil edir", "məmnunluq [98.6%] olub"]),
    (percent(51.95), ["namizəd [51,95 faizinin] dəstəyini alıb"]),
    (percent(1000), ["inflyasiya [1000 faizlə] ölçülürdü"]),
    (percent(25), ["[25%-lik] tariflər", "[25 faizlik] rüsum", "[25%] rüsum"]),
    (percent(75), ["[Yetmiş beş faiz] razıdır"]),
    (percent(above(70)), ["ərazinin [70 faizdən] çoxu", "[70%-dən] çoxu", "[70 %-dən] çoxu",
                          "[70 faizindən] çoxu", "[70 faizdən] bir qədər çox"]),
    (percent(under(7)), ["məhsulun [7 faizindən] aşağıdır", "[7 faizdən] azdır"]),
    (percent(about(40)), ["təxminən [40 faizi] bu panellərdən", "[40 faizə] yaxın artıb", "təqribən [40%]"]),
    (percent(up_to(5)), ["ÜDM-in [5 %-ə] qədər", "[5 faizə] qədər", "[5%-ə] qədər"]),
    (percent(between(10, 13)), ["yardımın yalnız [10-13 %-i] çatır", "[10-13%] artım", "[10–13 faiz] artım"]),
    (percent(between(2, 3)), ["[2-3%] artım", "[2-3 faiz] artım", "[%2-3] artım"]),
    (percent(between(14, 15)), ["artım [14-15 faizdir]."]),
    (percent(at_least(between(39, 40))), ["payı ən azı [39-40 faiz] olmalıdır"]),
]

NOT_PERCENT = ["faiz dərəcəsi", "faizsiz kredit", "yüzdə yüz", "faiz bəndi"]

# DATE: (publication date, expected ISO value) → phrases.
DATES: list[tuple[str | None, str, list[str]]] = [
    ("2025-11-20", "2025-11-15", ["[15 noyabr, 2025] tarixində", "[15 noyabr 2025-ci il] tarixində",
                                  "[noyabrın 15-də] keçirilib", "[Noyabrın 15-də] keçirilib", "[15 noyabr] tarixli",
                                  "[15.11.2025] tarixində", "[15/11/2025] tarixində", "[2025-11-15] tarixində",
                                  "[2025-ci il noyabrın 15-də] keçirilib",
                                  "[2025-ci il 15 noyabr] tarixli", "[2025-ci ilin 15 noyabr] tarixində"]),
    ("2025-01-07", "2024", ["[2024-cü ildə] başlayıb", "[2024-cü il] üzrə", "[2024-cü ilin] yekunları",
                            "[2024-cü ilə] qədər", "[2024-cü ildən] bəri", "[2024-cü ilədək] davam edib",
                            "[2024-cü maliyyə ilində] xərclər", "[2024-cü ildəki] göstərici", "([2024])"]),
    ("2024-10-21", "2024-11-11/2024-11-22", ["Bu il [noyabrın 11-22-də] keçiriləcək",
                                             "[noyabrın 11-dən 22-dək] davam edəcək",
                                             "[11-22 noyabr] tarixlərində"]),
    ("2025-01-01", "2024-12-27", ["[27 dekabr 2024-cü ildə] imzalanıb", "[2024-cü il 27 dekabr] tarixli",
                                  "[2024-cü il dekabrın 27-də] imzalanıb", "[27.12.2024] tarixli"]),
    (None, "--11-15", ["[noyabrın 15-də] keçirilib", "[15 noyabr] tarixində"]),
    (None, "--04", ["[apreldə] səfər edəcək"]),
    ("2025-03-12", "2025-04", ["Ərdoğan [apreldə] gələcək", "[aprel ayında] gələcək", "[Aprel ayında] gələcək",
                               "[aprelin ortalarında] gələcək", "[aprelin əvvəlində] gələcək"]),
    ("2025-02-07", "2025-01", ["ehtiyatlar [yanvarda] azalıb", "[Yanvar ayında] azalıb", "bu ilin [yanvarında] azalıb",
                               "[yanvar ayından] başlayaraq"]),
    ("2025-02-19", "2024-11", ["[ötən ilin noyabrında] keçirilib", "[keçən ilin noyabrında] keçirilib",
                               "[Ötən ilin noyabr ayında] keçirilib", "[keçən noyabr ayında] keçirilib"]),
    ("2025-02-18", "2024-07-20", ["[ötən il iyulun 20-də] bəyan edib"]),
    ("2025-02-25", "2025-02-25/2025-02-26", ["[Fevralın 25-dən 26-na] keçən gecə"]),
    ("2025-03-06", "1935/1938", ["[1935-1938-ci illərdə] muzey olub", "[1935–1938-ci illərdə] muzey olub",
                                 "([1935-1938])"]),
    ("2025-04-28", "2025/2027", ["[2025-2027-ci illər] üçün plan", "[2025-2027-ci illərdə] icra"]),
    ("2025-06-14", "2024/2025", ["[2024-2025-ci tədris ilində] oxuyub", "[2024/2025] mövsümündə"]),
    ("2025-02-25", "2024-09", ["[2024-cü ilin sentyabrında] keçirilib", "[2024-cü ilin sentyabr ayında] keçirilib",
                               "[2024-cü il sentyabr ayında] keçirilib"]),
    ("2025-01-01", "2016-04-02/2016-04-04", ["[2016-cı ilin 2-4 aprelində] döyüşüb"]),
    ("2025-01-09", "2024-12-05/2024-12-06", ["[2024-cü il 5-6 dekabr] tarixlərində"]),
    ("2025-03-16", "2016-02/2017-03-22", ["[2016-cı ilin fevralından 2017-ci ilin martın 22-dək] olan müddət"]),
    ("2025-01-21", "2025-01-20/2025-01-21", ["səfər ([20-21.01.2025])"]),
    ("2024-11-01", "2024-11-27/2024-12-03", ["[noyabrın 27-dən dekabrın 3-dək] davam edəcək"]),
    ("2025-04-02", "2025-01/2025-02", ["bu ilin [yanvar-fevral aylarında] artıb"]),
    ("2024-10-17", "2020-10-17", ["[2020-ci il oktyabrın 17-si] tarixə düşüb"]),
    ("2025-01-07", "2025-01-01", ["bu il [yanvarın birindən] artıb", "[yanvarın 1-dən] qüvvəyə minib"]),
    ("2025-05-28", "2025-05-28", ["[28 May] - Müstəqillik Günü", "[mayın 28-də] qeyd olunur"]),
    ("2025-01-28", "1988", ["[1988-ci ilədək] yaşayıblar"]),
    ("2025-01-07", "2025-12-25", ["[dekabrın 25-də] qəza olub"]),  # the publication year, as annotated
    ("2025-05-01", "2025-01/2025-03", ["[2025-ci ilin birinci rübündə] artıb", "[2025-ci ilin I rübü] üzrə"]),
    ("2025-01-10", "2024-11/2024-12", ["[2024-cü ilin noyabr və dekabr aylarında] artıb"]),
]

# Several DATEs in one phrase: years in a list ("2014, 2018 və 2022-ci illərdə") are each a DATE; a date
# without a year right after one with a year takes that year.
DATE_SEQUENCES: list[tuple[str, str, list[str]]] = [
    ("2025-02-27", "Söhbət [2014], [2018] və [2022-ci illərdən] gedir", ["2014", "2018", "2022"]),
    ("2025-07-04", "görüşlər [2006-cı] və [2012-ci illərdə] olub", ["2006", "2012"]),
    ("2025-03-31", "[1905–1907], [1918–1921] və [1987–1991-ci illərdə] köçürülüblər",
     ["1905/1907", "1918/1921", "1987/1991"]),
    ("2025-03-07", "[1988-ci il noyabrın axırı], [dekabrın əvvəllərində] köçüblər", ["1988-11", "1988-12"]),
    ("2025-09-05", "[2023-cü ilin yanvar ayından] [sentyabrın 20-dək] işləyib", ["2023-01", "2023-09-20"]),
    ("2025-01-01", "[2024-cü ildə] artım, [yanvarda] isə azalma", ["2024", "2025-01"]),  # words between: no
    ("2025-11-08", "[2020-ci ildə] başladı. Həmin il [sentyabrın 27-də] döyüş, həmin ilin [noyabrında] zəfər",
     ["2020", "2020-09-27", "2020-11"]),  # "həmin il": the year named last
]

NOT_DATES = ["Qaranlıq (Martuni) rayonu", "Martinlə görüşüb", "Mayer bildirib", "dünən", "şənbə günü",
             "son 48 saat", "maya dəyəri", "Marta Kos gəlib", "hər il yanvar ayında",
             "Aprel döyüşləri", "2025-13-45", "3.14.2025", "2025 nəfər", "ayın 15-də"]
