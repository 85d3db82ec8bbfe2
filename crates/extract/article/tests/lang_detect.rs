//! Language tags and detection on short invented paragraphs.

use newsfacts_extract::lang::{self, MAX_DETECT_CHARS, detect, normalize_tag, resolve};

const SAMPLES: &[(&str, &str)] = &[
    (
        "en",
        "The city council decided on Tuesday that the old bridge over the river will be \
         fully renovated by next summer. Residents can share their views at a public meeting \
         in the library next week.",
    ),
    (
        "de",
        "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke über den Fluss bis zum \
         nächsten Sommer vollständig zu erneuern. Die Bürger können ihre Meinung bei einer \
         Versammlung in der Bibliothek äußern.",
    ),
    (
        "fr",
        "Le conseil municipal a décidé mardi que le vieux pont sur la rivière serait \
         entièrement rénové d'ici l'été prochain. Les habitants pourront donner leur avis lors \
         d'une réunion publique à la médiathèque.",
    ),
    (
        "es",
        "El ayuntamiento decidió el martes que el viejo puente sobre el río será renovado \
         por completo antes del próximo verano. Los vecinos podrán opinar en una reunión \
         pública en la biblioteca la semana que viene.",
    ),
    (
        "it",
        "Il consiglio comunale ha deciso martedì che il vecchio ponte sul fiume sarà \
         completamente rinnovato entro la prossima estate. I cittadini potranno esprimere la \
         loro opinione durante un incontro pubblico in biblioteca.",
    ),
    (
        "pt",
        "A câmara municipal decidiu na terça-feira que a velha ponte sobre o rio será \
         totalmente renovada até ao próximo verão. Os moradores poderão dar a sua opinião numa \
         reunião pública na biblioteca.",
    ),
    (
        "nl",
        "De gemeenteraad heeft dinsdag besloten dat de oude brug over de rivier voor de \
         volgende zomer volledig wordt vernieuwd. Bewoners kunnen hun mening geven tijdens een \
         openbare bijeenkomst in de bibliotheek.",
    ),
    (
        "ru",
        "Городской совет во вторник решил, что старый мост через реку будет полностью \
         отремонтирован к следующему лету. Жители смогут высказать своё мнение на открытом \
         собрании в библиотеке.",
    ),
    (
        "uk",
        "Міська рада у вівторок вирішила, що старий міст через річку буде повністю \
         відремонтований до наступного літа. Мешканці зможуть висловити свою думку на \
         відкритих зборах у бібліотеці.",
    ),
    (
        "pl",
        "Rada miasta zdecydowała we wtorek, że stary most nad rzeką zostanie całkowicie \
         odnowiony do przyszłego lata. Mieszkańcy będą mogli wyrazić swoje zdanie na otwartym \
         spotkaniu w bibliotece.",
    ),
    (
        "zh",
        "市议会周二决定，河上的旧桥将在明年夏天之前全面翻新。居民可以在下周图书馆举行的公开会议上发表意见。",
    ),
    (
        "ja",
        "市議会は火曜日、川に架かる古い橋を来年の夏までに全面的に改修することを決めた。住民は来週、図書館で開かれる説明会で意見を述べることができる。",
    ),
    (
        "ar",
        "قرر مجلس المدينة يوم الثلاثاء تجديد الجسر القديم فوق النهر بالكامل قبل الصيف المقبل. \
         ويمكن للسكان إبداء آرائهم في اجتماع عام في المكتبة الأسبوع المقبل.",
    ),
    (
        "tr",
        "Belediye meclisi salı günü, nehir üzerindeki eski köprünün gelecek yaza kadar \
         tamamen yenilenmesine karar verdi. Vatandaşlar gelecek hafta kütüphanede yapılacak \
         toplantıda görüşlerini paylaşabilecek.",
    ),
];

#[test]
fn detects_each_sample() {
    for (code, text) in SAMPLES {
        assert_eq!(detect(text), Some(*code), "{text}");
    }
}

#[test]
fn resolve_agreeing_and_missing_declarations() {
    for (code, text) in SAMPLES {
        assert_eq!(resolve(None, text).as_deref(), Some(*code));
        let declared = format!("{code}-XX");
        assert_eq!(resolve(Some(&declared), text).as_deref(), Some(*code));
    }
}

#[test]
fn resolve_template_lang_en_is_overridden() {
    for (code, text) in SAMPLES.iter().filter(|(c, _)| *c != "en") {
        assert_eq!(resolve(Some("en"), text).as_deref(), Some(*code), "{text}");
    }
    // And a German template on an English article.
    assert_eq!(resolve(Some("de-DE"), SAMPLES[0].1).as_deref(), Some("en"));
}

#[test]
fn resolve_keeps_declaration_when_detection_cannot_tell() {
    // Too short.
    assert_eq!(resolve(Some("fr"), "Accueil").as_deref(), Some("fr"));
    assert_eq!(resolve(Some("en_US"), "OK 12:30").as_deref(), Some("en"));
    // Digits and punctuation only.
    assert_eq!(
        resolve(Some("pl"), &"12.05.2024, 18:00 — 3/4 ".repeat(20)).as_deref(),
        Some("pl")
    );
    // A language whatlang does not know: Galician is not "clearly" Portuguese.
    let gl = "O concello decidiu o martes que a vella ponte sobre o río será renovada por \
              completo antes do próximo verán. Os veciños poderán opinar nunha reunión pública.";
    assert_eq!(resolve(Some("gl"), gl).as_deref(), Some("gl"));
    // Confusable neighbours: Bokmål declared, whatever Scandinavian detected.
    let nb = "Bystyret vedtok tirsdag at den gamle broen over elven skal pusses opp innen neste \
              sommer. Innbyggerne kan si sin mening på et åpent møte i biblioteket.";
    assert_eq!(resolve(Some("nb-NO"), nb).as_deref(), Some("nb"));
    assert_eq!(resolve(Some("da"), nb).as_deref(), Some("da"));
    // Nothing at all.
    assert_eq!(resolve(None, "Hi"), None);
    assert_eq!(resolve(Some("x-default"), "Hi"), None);
}

#[test]
fn detect_too_short_or_empty() {
    assert_eq!(detect(""), None);
    assert_eq!(detect("Hello"), None);
    assert_eq!(detect("1234567890 !!! ??? ... 2024-05-06"), None);
    assert!(lang::MIN_DETECT_LETTERS > "Hello".len());
}

#[test]
fn detect_cuts_long_text_at_a_char_boundary() {
    // Multi-byte characters around the cut, and a different language after
    // it: only the first MAX_DETECT_CHARS characters count.
    let ru = SAMPLES[7].1;
    let mut text = String::new();
    while text.chars().count() < MAX_DETECT_CHARS {
        text.push_str(ru);
        text.push(' ');
    }
    let en = SAMPLES[0].1.repeat(200);
    text.push_str(&en);
    assert_eq!(detect(&text), Some("ru"));
}

#[test]
fn normalize_tags() {
    let cases = [
        ("en-US", Some("en")),
        ("en_GB", Some("en")),
        ("EN", Some("en")),
        ("zh-Hans-CN", Some("zh")),
        ("zh_TW.UTF-8", Some("zh")),
        ("pt-BR", Some("pt")),
        (" de-AT ", Some("de")),
        ("deu", Some("de")),
        ("ger", Some("de")),
        ("rus", Some("ru")),
        ("fre", Some("fr")),
        ("fra", Some("fr")),
        ("chi", Some("zh")),
        ("cmn-Hans", Some("zh")),
        ("nld", Some("nl")),
        ("dut", Some("nl")),
        ("ukr", Some("uk")),
        ("ces", Some("cs")),
        ("cze", Some("cs")),
        ("iw", Some("he")),
        ("in", Some("id")),
        ("fil", Some("tl")),
        ("en-US,en;q=0.9", Some("en")),
        ("es-419", Some("es")),
        ("sr-Latn-RS", Some("sr")),
        ("", None),
        ("   ", None),
        ("x-default", None),
        ("und", None),
        ("zz", None),
        ("qqq", None),
        ("e", None),
        ("english", None),
        ("12", None),
        ("е-ру", None),
        ("{{lang}}", None),
        ("-en", None),
    ];
    for (tag, want) in cases {
        assert_eq!(normalize_tag(tag).as_deref(), want, "{tag:?}");
    }
}

/// Timing of `detect` on MAX_DETECT_CHARS and on 4,000 characters. Run with
/// `cargo test --release -p newsfacts-extract --test lang_detect -- --ignored --nocapture`.
#[test]
#[ignore = "timing report, not a check"]
fn detect_timing() {
    for (code, sample) in SAMPLES {
        let mut text = String::new();
        while text.chars().count() < 4000 {
            text.push_str(sample);
            text.push(' ');
        }
        for len in [MAX_DETECT_CHARS, 4000] {
            let text: String = text.chars().take(len).collect();
            let runs = 200u32;
            let start = std::time::Instant::now();
            for _ in 0..runs {
                // detect() itself cuts at MAX_DETECT_CHARS: time whatlang directly.
                std::hint::black_box(whatlang::detect(std::hint::black_box(&text)));
            }
            let per_call = start.elapsed() / runs;
            println!("whatlang {code}: {per_call:?} per {len} chars");
        }
        let long = sample.repeat(40);
        let start = std::time::Instant::now();
        for _ in 0..200 {
            std::hint::black_box(detect(std::hint::black_box(&long)));
        }
        println!(
            "detect {code}: {:?} per call on {} chars",
            start.elapsed() / 200,
            long.chars().count()
        );
    }
}
