//! Demo data: three citizens (German-, French- and Italian-speaking), one organisation and a
//! property manager with 1,000 cases for performance work. Dates are relative to today so
//! the demo always looks current; everything else comes from a fixed random seed.

use crate::domain::passwords;
use crate::domain::texts::{self, text_id};
use crate::pdf::{self, Line};
use crate::store::{self, ids::random_id_from};
use crate::store::{objects::Objects, Db};
use crate::Clock;
use guichet_model::api::{CaseStatus, LocalizedText};
use guichet_model::swiss::{ahv_with_check_digit, uid_with_check_digit};
use guichet_model::Lang;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use time::format_description::well_known::Rfc3339;
use time::{Date, Duration, OffsetDateTime, Time};

/// Only an account's first cases carry letters: the 1,000-case account exists for the
/// dashboard's performance, and 1,700 PDFs would slow every start of a fresh portal.
const CASES_WITH_LETTERS: usize = 50;

/// The password of every demo account.
pub const DEMO_PASSWORD: &str = "guichet-demo";

/// Localised JSON of demo data (service and authority names) in the order de, fr, it, rm, en.
/// An empty string leaves that language out, so the fallback chain is exercised by real data.
fn l10n(names: [&str; 5]) -> String {
    let text = LocalizedText::new(Lang::ALL.into_iter().zip(names).filter(|(_, t)| !t.is_empty()));
    serde_json::to_string(&text).expect("serialisable")
}

/// One of five texts in the order de, fr, it, rm, en; German where one is empty.
fn pick(names: [&str; 5], lang: Lang) -> &str {
    let index = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    if names[index].is_empty() {
        names[0]
    } else {
        names[index]
    }
}

struct Service {
    slug: &'static str,
    topic: &'static str,
    name: [&'static str; 5],
    /// Which authority of the account's region handles it.
    role: Role,
    /// The title of the document sent when the case is completed (an id of `demo.ftl`).
    result: &'static str,
}

#[derive(Clone, Copy, PartialEq)]
enum Role {
    Tax,
    CivilStatus,
    DebtCollection,
    Residents,
    Police,
}

impl Role {
    /// The `authority_role` a service definition names.
    fn code(self) -> &'static str {
        match self {
            Role::Tax => "tax",
            Role::CivilStatus => "civil-status",
            Role::DebtCollection => "debt-collection",
            Role::Residents => "residents",
            Role::Police => "police",
        }
    }
}

const SERVICES: [Service; 6] = [
    Service {
        slug: "civil-status-document",
        topic: "civil-status",
        name: [
            "Zivilstandsdokument bestellen",
            "Commander un document d’état civil",
            "Ordinare un documento di stato civile",
            "Empustar in document dal stadi civil",
            "Order a civil-status document",
        ],
        role: Role::CivilStatus,
        result: text_id("demo-result-civil-status-document"),
    },
    Service {
        slug: "change-of-address",
        topic: "residence",
        name: ["Umzug melden", "Annoncer un déménagement", "Notificare un trasloco", "Annunziar ina midada da domicil", "Report a move"],
        role: Role::Residents,
        result: text_id("demo-result-change-of-address"),
    },
    Service {
        slug: "dog-registration",
        topic: "animals",
        name: ["Hund anmelden", "Enregistrer un chien", "Registrare un cane", "Annunziar in chaun", "Register a dog"],
        role: Role::Residents,
        result: text_id("demo-result-dog-registration"),
    },
    Service {
        slug: "debt-collection-extract",
        topic: "certificates",
        name: [
            "Betreibungsregisterauszug bestellen",
            "Commander un extrait du registre des poursuites",
            "Ordinare un estratto del registro delle esecuzioni",
            "Empustar in extract dal register da scussiun",
            "Order a debt-collection register extract",
        ],
        role: Role::DebtCollection,
        result: text_id("demo-result-debt-collection-extract"),
    },
    Service {
        slug: "residential-parking-permit",
        topic: "mobility",
        name: [
            "Anwohnerparkkarte beantragen",
            "Demander une vignette de stationnement pour résidents",
            "Richiedere un contrassegno di parcheggio per residenti",
            "Dumandar ina carta da parcar per abitants",
            "Apply for a residential parking permit",
        ],
        role: Role::Police,
        result: text_id("demo-result-residential-parking-permit"),
    },
    Service {
        slug: "tax-return",
        topic: "taxes",
        name: ["Steuererklärung", "Déclaration d’impôt", "Dichiarazione d’imposta", "Decleraziun da taglia", "Tax return"],
        role: Role::Tax,
        result: text_id("demo-result-tax-return"),
    },
];

/// The authorities of one canton and municipality, by role.
struct Region {
    canton: &'static str,
    canton_name: [&'static str; 5],
    canton_address: &'static str,
    municipality_name: [&'static str; 5],
    municipality_address: &'static str,
    authorities: [Office; 5],
}

/// One office that handles cases. Every office here is a department of the canton or of the
/// municipality; the tax office assesses on behalf of the municipality, as Swiss cantons do.
struct Office {
    role: Role,
    part_of: Level,
    name: [&'static str; 5],
    address: &'static str,
    email: &'static str,
    on_behalf_of_municipality: bool,
}

#[derive(Clone, Copy, PartialEq)]
enum Level {
    Canton,
    Municipality,
}

const fn office(role: Role, part_of: Level, name: [&'static str; 5], address: &'static str, email: &'static str) -> Office {
    Office { role, part_of, name, address, email, on_behalf_of_municipality: matches!(role, Role::Tax) }
}

const LUCERNE: Region = Region {
    canton: "LU",
    canton_name: ["Kanton Luzern", "Canton de Lucerne", "Cantone di Lucerna", "Chantun Lucerna", "Canton of Lucerne"],
    canton_address: "Bahnhofstrasse 15\n6002 Luzern",
    municipality_name: ["Stadt Luzern", "Ville de Lucerne", "Città di Lucerna", "Citad da Lucerna", "City of Lucerne"],
    municipality_address: "Hirschengraben 17\n6002 Luzern",
    authorities: [
        office(
            Role::Tax,
            Level::Canton,
            [
                "Dienststelle Steuern des Kantons Luzern",
                "Service des contributions du canton de Lucerne",
                "Servizio delle imposte del Cantone di Lucerna",
                "",
                "Tax Department of the Canton of Lucerne",
            ],
            "Buobenmatt 1\nPostfach\n6002 Luzern",
            "steuern@lu.example",
        ),
        office(
            Role::CivilStatus,
            Level::Canton,
            [
                "Zivilstandsamt des Kantons Luzern",
                "Office de l’état civil du canton de Lucerne",
                "Ufficio dello stato civile del Cantone di Lucerna",
                "",
                "Civil Registry Office of the Canton of Lucerne",
            ],
            "Bahnhofstrasse 15\n6002 Luzern",
            "zivilstandsamt@lu.example",
        ),
        office(
            Role::DebtCollection,
            Level::Canton,
            ["Betreibungsamt Luzern", "Office des poursuites de Lucerne", "Ufficio d’esecuzione di Lucerna", "", "Debt Collection Office of Lucerne"],
            "Obergrundstrasse 1\n6002 Luzern",
            "betreibungsamt@lu.example",
        ),
        office(
            Role::Residents,
            Level::Municipality,
            [
                "Stadt Luzern, Einwohnerdienste",
                "Ville de Lucerne, Contrôle des habitants",
                "Città di Lucerna, Controllo abitanti",
                "",
                "City of Lucerne, Residents’ Services",
            ],
            "Hirschengraben 17\n6002 Luzern",
            "einwohnerdienste@stadtluzern.example",
        ),
        office(
            Role::Police,
            Level::Municipality,
            [
                "Stadt Luzern, Parkkarten",
                "Ville de Lucerne, Vignettes de stationnement",
                "Città di Lucerna, Contrassegni di parcheggio",
                "",
                "City of Lucerne, Parking Permits",
            ],
            "Kasimir-Pfyffer-Strasse 26\n6002 Luzern",
            "parkkarten@stadtluzern.example",
        ),
    ],
};

const FRIBOURG: Region = Region {
    canton: "FR",
    canton_name: ["Kanton Freiburg", "Canton de Fribourg", "Cantone di Friburgo", "Chantun Friburg", "Canton of Fribourg"],
    canton_address: "Rue des Chanoines 17\n1701 Fribourg",
    municipality_name: ["Stadt Freiburg", "Ville de Fribourg", "Città di Friburgo", "Citad da Friburg", "City of Fribourg"],
    municipality_address: "Place de l’Hôtel-de-Ville 3\n1700 Fribourg",
    authorities: [
        office(
            Role::Tax,
            Level::Canton,
            [
                "Kantonale Steuerverwaltung Freiburg",
                "Service cantonal des contributions",
                "Amministrazione cantonale delle imposte di Friburgo",
                "",
                "Cantonal Tax Administration of Fribourg",
            ],
            "Rue Joseph-Piller 13\nCase postale\n1701 Fribourg",
            "contributions@fr.example",
        ),
        office(
            Role::CivilStatus,
            Level::Canton,
            [
                "Amt für Zivilstandswesen und Einbürgerungen",
                "Service de l’état civil et des naturalisations",
                "Servizio dello stato civile e delle naturalizzazioni",
                "",
                "Civil Status and Naturalisation Office",
            ],
            "Route des Arsenaux 41\n1700 Fribourg",
            "etatcivil@fr.example",
        ),
        office(
            Role::DebtCollection,
            Level::Canton,
            [
                "Betreibungsamt des Saanebezirks",
                "Office des poursuites de la Sarine",
                "Ufficio d’esecuzione della Sarine",
                "",
                "Debt Collection Office of the Sarine District",
            ],
            "Rue Joseph-Piller 13\n1700 Fribourg",
            "poursuites.sarine@fr.example",
        ),
        office(
            Role::Residents,
            Level::Municipality,
            [
                "Stadt Freiburg, Einwohnerkontrolle",
                "Ville de Fribourg, Contrôle des habitants",
                "Città di Friburgo, Controllo abitanti",
                "",
                "City of Fribourg, Residents’ Office",
            ],
            "Place de l’Hôtel-de-Ville 3\n1700 Fribourg",
            "habitants@ville-fr.example",
        ),
        office(
            Role::Police,
            Level::Municipality,
            ["Stadt Freiburg, Ortspolizei", "Ville de Fribourg, Police locale", "Città di Friburgo, Polizia locale", "", "City of Fribourg, Local Police"],
            "Route de la Grangette 4\n1700 Fribourg",
            "police.locale@ville-fr.example",
        ),
    ],
};

const GRISONS: Region = Region {
    canton: "GR",
    canton_name: ["Kanton Graubünden", "Canton des Grisons", "Cantone dei Grigioni", "Chantun Grischun", "Canton of the Grisons"],
    canton_address: "Reichsgasse 35\n7001 Chur",
    municipality_name: ["Gemeinde Poschiavo", "Commune de Poschiavo", "Comune di Poschiavo", "Vischnanca da Puschlav", "Municipality of Poschiavo"],
    municipality_address: "Piazza Comunale 1\n7742 Poschiavo",
    authorities: [
        office(
            Role::Tax,
            Level::Canton,
            [
                "Steuerverwaltung des Kantons Graubünden",
                "Administration des impôts du canton des Grisons",
                "Amministrazione delle imposte dei Grigioni",
                "Administraziun da taglia dal chantun Grischun",
                "Tax Administration of the Canton of Grisons",
            ],
            "Steinbruchstrasse 18\n7001 Chur",
            "steuern@gr.example",
        ),
        office(
            Role::CivilStatus,
            Level::Canton,
            [
                "Zivilstandsamt Region Bernina",
                "Office de l’état civil de la région Bernina",
                "Ufficio dello stato civile Regione Bernina",
                "Uffizi da stadi civil Regiun Bernina",
                "Civil Registry Office, Bernina Region",
            ],
            "Via da la Stazione 2\n7742 Poschiavo",
            "zivilstand.bernina@gr.example",
        ),
        office(
            Role::DebtCollection,
            Level::Canton,
            [
                "Betreibungsamt Region Bernina",
                "Office des poursuites de la région Bernina",
                "Ufficio di esecuzione Regione Bernina",
                "Uffizi da scussiun Regiun Bernina",
                "Debt Collection Office, Bernina Region",
            ],
            "Via da Mez 10\n7742 Poschiavo",
            "betreibung.bernina@gr.example",
        ),
        office(
            Role::Residents,
            Level::Municipality,
            [
                "Gemeinde Poschiavo, Einwohnerkontrolle",
                "Commune de Poschiavo, Contrôle des habitants",
                "Comune di Poschiavo, Controllo abitanti",
                "Vischnanca da Puschlav, Controlla d’abitants",
                "Municipality of Poschiavo, Residents’ Office",
            ],
            "Piazza Comunale 1\n7742 Poschiavo",
            "cancelleria@poschiavo.example",
        ),
        office(
            Role::Police,
            Level::Municipality,
            [
                "Gemeinde Poschiavo, Gemeindepolizei",
                "Commune de Poschiavo, Police communale",
                "Comune di Poschiavo, Polizia comunale",
                "Vischnanca da Puschlav, Polizia communala",
                "Municipality of Poschiavo, Municipal Police",
            ],
            "Piazza Comunale 1\n7742 Poschiavo",
            "polizia@poschiavo.example",
        ),
    ],
};

struct Account {
    username: &'static str,
    kind: &'static str,
    display_name: &'static str,
    lang: Lang,
    /// Twelve digits (persons) or eight (organisations); the check digit is computed.
    id_digits: &'static str,
    street: &'static str,
    postcode: &'static str,
    town: &'static str,
    bfs_number: i64,
    region: &'static Region,
    cases: usize,
}

const ACCOUNTS: [Account; 7] = [
    Account {
        username: "anna.zimmermann",
        kind: "person",
        display_name: "Anna Zimmermann",
        lang: Lang::De,
        id_digits: "756304750091",
        street: "Hertensteinstrasse 12",
        postcode: "6004",
        town: "Luzern",
        bfs_number: 1061,
        region: &LUCERNE,
        cases: 14,
    },
    Account {
        username: "sophie.rochat",
        kind: "person",
        display_name: "Sophie Rochat",
        lang: Lang::Fr,
        id_digits: "756812203344",
        street: "Rue de Lausanne 45",
        postcode: "1700",
        town: "Fribourg",
        bfs_number: 2196,
        region: &FRIBOURG,
        cases: 13,
    },
    Account {
        username: "luca.bernasconi",
        kind: "person",
        display_name: "Luca Bernasconi",
        lang: Lang::It,
        id_digits: "756455091278",
        street: "Via da Spultri 8",
        postcode: "7742",
        town: "Poschiavo",
        bfs_number: 3561,
        region: &GRISONS,
        cases: 12,
    },
    Account {
        username: "baeckerei.amstutz",
        kind: "organisation",
        display_name: "Bäckerei Amstutz AG",
        lang: Lang::De,
        id_digits: "10734215",
        street: "Pilatusstrasse 21",
        postcode: "6003",
        town: "Luzern",
        bfs_number: 1061,
        region: &LUCERNE,
        cases: 11,
    },
    Account {
        username: "immobilien.pilatus",
        kind: "organisation",
        display_name: "Immobilien Pilatus AG",
        lang: Lang::De,
        id_digits: "28861903",
        street: "Obergrundstrasse 70",
        postcode: "6005",
        town: "Luzern",
        bfs_number: 1061,
        region: &LUCERNE,
        cases: 1000,
    },
    Account {
        username: "marco.amstutz",
        kind: "person",
        display_name: "Marco Amstutz",
        lang: Lang::De,
        id_digits: "756271830456",
        street: "Pilatusstrasse 21",
        postcode: "6003",
        town: "Luzern",
        bfs_number: 1061,
        region: &LUCERNE,
        cases: 5,
    },
    Account {
        username: "petra.keller",
        kind: "person",
        display_name: "Petra Keller",
        lang: Lang::De,
        id_digits: "756390217744",
        street: "Bruchstrasse 5",
        postcode: "6003",
        town: "Luzern",
        bfs_number: 1061,
        region: &LUCERNE,
        cases: 5,
    },
];

/// Who may act for which organisation: Marco runs the bakery, Petra manages the property
/// company's 1,000 cases, and Anna keeps the bakery's books and may only read.
const MANDATES: [(&str, &str, &str); 3] =
    [("marco.amstutz", "baeckerei.amstutz", "full"), ("petra.keller", "immobilien.pilatus", "full"), ("anna.zimmermann", "baeckerei.amstutz", "read")];

/// Only with `GUICHET_DEMO_LARGE`: an organisation with 100,000 cases, for benchmarks of the
/// case list at scale. Petra Keller holds its mandate too.
const LARGE: Account = Account {
    username: "wohnbau.luzern",
    kind: "organisation",
    display_name: "Wohnbaugenossenschaft Luzern",
    lang: Lang::De,
    id_digits: "41192638",
    street: "Maihofstrasse 76",
    postcode: "6006",
    town: "Luzern",
    bfs_number: 1061,
    region: &LUCERNE,
    cases: 100_000,
};

/// Seeds the demo data into an empty database; with `large`, also the 100,000-case organisation.
pub async fn seed(db: &Db, objects: &Objects, clock: &Clock, large: bool) -> anyhow::Result<()> {
    let mut rng = StdRng::seed_from_u64(2026);
    let today = clock.now().date();
    let mut tx = db.begin().await?;

    let mut service_ids = Vec::new();
    for service in &SERVICES {
        let id = store::services::upsert(&mut tx, service.slug, service.topic, &l10n(service.name)).await?;
        service_ids.push(id);
    }
    let mut authority_ids = std::collections::HashMap::new();
    for region in [&LUCERNE, &FRIBOURG, &GRISONS] {
        let seat = |level, name, address| store::authorities::NewAuthority {
            level,
            name,
            canton: region.canton,
            role: None,
            part_of_id: None,
            on_behalf_of_id: None,
            address,
            email: None,
        };
        let (canton_name, municipality_name) = (l10n(region.canton_name), l10n(region.municipality_name));
        let canton = store::authorities::insert(&mut tx, &seat("canton", &canton_name, region.canton_address)).await?;
        let municipality = store::authorities::insert(&mut tx, &seat("municipality", &municipality_name, region.municipality_address)).await?;
        for office in &region.authorities {
            let part_of = if office.part_of == Level::Canton { canton } else { municipality };
            let name = l10n(office.name);
            let department = store::authorities::NewAuthority {
                level: "department",
                name: &name,
                canton: region.canton,
                role: Some(office.role.code()),
                part_of_id: Some(part_of),
                on_behalf_of_id: office.on_behalf_of_municipality.then_some(municipality),
                address: office.address,
                email: Some(office.email),
            };
            let id = store::authorities::insert(&mut tx, &department).await?;
            authority_ids.insert((region.canton, office.role as u8), (id, office.name));
        }
    }

    // Hash once: every demo person shares the password, and argon2 is slow on purpose.
    // Organisations do not sign in: theirs is no hash at all.
    let password_hash = passwords::hash(DEMO_PASSWORD);
    let mut account_ids = std::collections::HashMap::new();
    let mut sequence = 4000;
    let accounts: Vec<&Account> = ACCOUNTS.iter().chain(large.then_some(&LARGE)).collect();
    for account in accounts {
        let (ahv, uid) =
            if account.kind == "person" { (ahv_with_check_digit(account.id_digits), None) } else { (None, uid_with_check_digit(account.id_digits)) };
        anyhow::ensure!(ahv.is_some() || uid.is_some(), "demo identifier for {} has no valid check digit", account.username);
        let new = store::accounts::NewAccount {
            username: account.username,
            password_hash: if account.kind == "person" { password_hash.as_str() } else { "!" },
            kind: account.kind,
            display_name: account.display_name,
            preferred_lang: account.lang.code(),
            ahv_number: ahv.as_deref(),
            uid: uid.as_deref(),
            street: account.street,
            postcode: account.postcode,
            town: account.town,
            bfs_number: account.bfs_number,
        };
        let account_id = store::accounts::insert(&mut tx, &new).await?;
        account_ids.insert(account.username, account_id);

        // Cycle through the services so every account has each of them.
        let mut order: Vec<usize> = (0..SERVICES.len()).collect();
        order.shuffle(&mut rng);
        for n in 0..account.cases {
            sequence += 1;
            let service_index = order[n % order.len()];
            let service = &SERVICES[service_index];
            let (authority_id, authority_name) = authority_ids[&(account.region.canton, service.role as u8)];
            let case = CasePlan::random(&mut rng, today, n);
            let case_id = random_id_from(&mut rng);
            let reference = format!("{}-{}-{sequence:06}", account.region.canton, case.submitted.year());
            let events = case.events();
            let updated_at = events.last().map(|(at, _)| *at).unwrap_or(case.submitted_at());
            let (submitted_on, updated_at, due_on) = (case.submitted.to_string(), rfc3339(updated_at), case.due.map(|d| d.to_string()));
            // What the case asks for or decided; a real authority writes these per case.
            let when = |status: CaseStatus, id: &str| (case.status == status).then(|| texts::localized_json(id));
            let (action, reason, remedy) = (
                when(CaseStatus::ActionRequired, text_id("demo-action-identity-document")),
                when(CaseStatus::Rejected, text_id("demo-decision-reason-missing-documents")),
                when(CaseStatus::Rejected, text_id("demo-legal-remedy-objection")),
            );
            let new = store::cases::NewCase {
                id: &case_id,
                reference: &reference,
                owner_id: account_id,
                service_id: service_ids[service_index],
                authority_id,
                status: case.status,
                submitted_on: &submitted_on,
                updated_at: &updated_at,
                due_on: due_on.as_deref(),
                action_text: action.as_deref(),
                decision_reason: reason.as_deref(),
                legal_remedy: remedy.as_deref(),
            };
            store::cases::insert(&mut tx, &new).await?;

            for (at, status) in &events {
                let at_text = rfc3339(*at);
                store::events::record(&mut tx, &case_id, &at_text, *status, &texts::localized_json(texts::event_text_id(*status))).await?;
                if n >= CASES_WITH_LETTERS {
                    continue;
                }
                let title = match status {
                    CaseStatus::Received => text_id("receipt-title"),
                    CaseStatus::ActionRequired => text_id("demo-request-for-documents-title"),
                    CaseStatus::Completed => service.result,
                    CaseStatus::Rejected => text_id("demo-decision-title"),
                    CaseStatus::InProgress => continue,
                };
                let letter = Letter { account, authority: authority_name, title, reference: &reference, date: at.date(), status: *status };
                let bytes = letter.pdf();
                let (id, title_json) = (random_id_from(&mut rng), texts::localized_json(title));
                let filename = format!("{} {reference}.pdf", texts::get(title, account.lang));
                let stored = objects.put(&store::objects::document(&id), bytes).await?;
                let document = store::documents::NewDocument {
                    id: &id,
                    case_id: &case_id,
                    title: &title_json,
                    filename: &filename,
                    media_type: "application/pdf",
                    stored: &stored,
                    created_at: &at_text,
                    added_by: None,
                };
                store::documents::insert(&mut tx, &document, None).await?;
            }
        }
    }
    let large_mandate = large.then_some(("petra.keller", LARGE.username, "full"));
    for (person, organisation, scope) in MANDATES.into_iter().chain(large_mandate) {
        let granted = rfc3339(clock.now() - Duration::days(200));
        store::mandates::insert(&mut tx, &random_id_from(&mut rng), account_ids[person], account_ids[organisation], scope, &granted).await?;
    }
    tx.commit().await?;
    Ok(())
}

fn rfc3339(at: OffsetDateTime) -> String {
    at.format(&Rfc3339).expect("formattable")
}

/// Where one demo case stands and when its steps happened.
struct CasePlan {
    submitted: Date,
    status: CaseStatus,
    due: Option<Date>,
    step_days: [i64; 3],
    minutes: i64,
}

impl CasePlan {
    fn random(rng: &mut StdRng, today: Date, n: usize) -> CasePlan {
        // The first few cases of every account cover each status, the rest are random.
        let status = match n {
            0 => CaseStatus::ActionRequired,
            1 => CaseStatus::InProgress,
            2 => CaseStatus::Completed,
            3 => CaseStatus::Received,
            4 => CaseStatus::Rejected,
            _ => {
                *[CaseStatus::Completed, CaseStatus::Completed, CaseStatus::InProgress, CaseStatus::Received, CaseStatus::ActionRequired, CaseStatus::Rejected]
                    .choose(rng)
                    .expect("non-empty")
            }
        };
        let open = status.is_open();
        let age = if open { rng.gen_range(2..40) } else { rng.gen_range(20..500) };
        let submitted = today - Duration::days(age);
        let step_days = [rng.gen_range(1..4), rng.gen_range(3..12), rng.gen_range(5..20)];
        let due = match status {
            CaseStatus::ActionRequired => Some(today + Duration::days(rng.gen_range(5..30))),
            CaseStatus::Received | CaseStatus::InProgress => Some(today + Duration::days(rng.gen_range(3..45))),
            _ => None,
        };
        CasePlan { submitted, status, due, step_days, minutes: rng.gen_range(0..540) }
    }

    fn submitted_at(&self) -> OffsetDateTime {
        self.submitted.with_time(Time::from_hms(7, 30, 0).expect("valid time")).assume_utc() + Duration::minutes(self.minutes)
    }

    /// The status history, oldest first, ending in the case's current status.
    fn events(&self) -> Vec<(OffsetDateTime, CaseStatus)> {
        let path: &[CaseStatus] = match self.status {
            CaseStatus::Received => &[CaseStatus::Received],
            CaseStatus::InProgress => &[CaseStatus::Received, CaseStatus::InProgress],
            CaseStatus::ActionRequired => &[CaseStatus::Received, CaseStatus::InProgress, CaseStatus::ActionRequired],
            CaseStatus::Completed => &[CaseStatus::Received, CaseStatus::InProgress, CaseStatus::Completed],
            CaseStatus::Rejected => &[CaseStatus::Received, CaseStatus::InProgress, CaseStatus::Rejected],
        };
        let mut at = self.submitted_at();
        let max = OffsetDateTime::now_utc().max(at);
        path.iter()
            .enumerate()
            .map(|(i, status)| {
                if i > 0 {
                    at = (at + Duration::days(self.step_days[i - 1]) + Duration::minutes(37)).min(max);
                }
                (at, *status)
            })
            .collect()
    }
}

/// A letter from the authority, in the recipient's language.
struct Letter<'a> {
    account: &'a Account,
    authority: [&'a str; 5],
    /// The id of the letter's title.
    title: &'a str,
    reference: &'a str,
    date: Date,
    status: CaseStatus,
}

impl Letter<'_> {
    fn pdf(&self) -> Vec<u8> {
        let lang = self.account.lang;
        let date = format!("{:02}.{:02}.{}", self.date.day(), self.date.month() as u8, self.date.year());
        let town_line = format!("{} {}", self.account.postcode, self.account.town);
        let reference_line = texts::get_args("demo-letter-reference", lang, &[("reference", self.reference)]);
        let text = texts::get(texts::event_text_id(self.status), lang);
        let title = texts::get(self.title, lang);
        let body: Vec<&str> = wrap(&text, 80);
        let mut lines = vec![
            Line { text: pick(self.authority, lang), bold: true, size: 12 },
            Line { text: "", bold: false, size: 10 },
            Line { text: self.account.display_name, bold: false, size: 11 },
            Line { text: self.account.street, bold: false, size: 11 },
            Line { text: &town_line, bold: false, size: 11 },
            Line { text: "", bold: false, size: 10 },
            Line { text: &date, bold: false, size: 11 },
            Line { text: &title, bold: true, size: 16 },
            Line { text: &reference_line, bold: false, size: 11 },
            Line { text: "", bold: false, size: 10 },
        ];
        lines.extend(body.into_iter().map(|text| Line { text, bold: false, size: 11 }));
        pdf::letter(&lines)
    }
}

/// Splits text into lines of at most `width` characters at spaces.
fn wrap(text: &str, width: usize) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut last_space = None;
    for (i, c) in text.char_indices() {
        if c == ' ' {
            last_space = Some(i);
        }
        if text[start..i].chars().count() >= width {
            if let Some(space) = last_space.filter(|s| *s > start) {
                lines.push(&text[start..space]);
                start = space + 1;
            }
        }
    }
    lines.push(&text[start..]);
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_demo_identifier_is_valid() {
        for account in ACCOUNTS.iter().chain([&LARGE]) {
            let valid =
                if account.kind == "person" { ahv_with_check_digit(account.id_digits).is_some() } else { uid_with_check_digit(account.id_digits).is_some() };
            assert!(valid, "{}", account.username);
        }
    }

    #[test]
    fn wraps_at_spaces() {
        assert_eq!(wrap("aa bb cc", 5), ["aa bb", "cc"]);
        assert_eq!(wrap("short", 80), ["short"]);
    }

    #[test]
    fn histories_end_in_the_current_status_and_run_forward() {
        let mut rng = StdRng::seed_from_u64(1);
        let today = OffsetDateTime::now_utc().date();
        for n in 0..50 {
            let plan = CasePlan::random(&mut rng, today, n);
            let events = plan.events();
            assert_eq!(events.last().unwrap().1, plan.status);
            assert!(events.windows(2).all(|w| w[0].0 <= w[1].0));
        }
    }
}
