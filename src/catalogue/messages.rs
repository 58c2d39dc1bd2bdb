//! Messages for the person filling the form, in English and Swedish, filled in from a
//! finding's typed [`Params`]. Placeholders are `{name}`, each a parameter its rule
//! declares (a test holds every template to that); a form field is shown by its label.

use serde::Serialize;
use serde_json::Value;

use crate::read::{Place, ReadError, ReadJson};

use crate::catalogue::rules::{FormField, ParamValue, Params, Rule};

/// The language of messages.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    /// English (the default).
    #[default]
    En,
    /// Swedish.
    Sv,
}

impl Locale {
    /// Reads `en`/`sv`, also with a region (`en-US`, `sv_SE`), in any case.
    ///
    /// ```
    /// use callplan::Locale;
    /// assert_eq!(Locale::parse("sv-SE"), Some(Locale::Sv));
    /// assert_eq!(Locale::parse("de"), None);
    /// ```
    pub fn parse(tag: &str) -> Option<Locale> {
        let language = tag.split(['-', '_']).next().unwrap_or_default();
        if language.eq_ignore_ascii_case("en") {
            Some(Locale::En)
        } else if language.eq_ignore_ascii_case("sv") {
            Some(Locale::Sv)
        } else {
            None
        }
    }
}

impl ReadJson for Locale {
    fn read(value: Value, place: &Place<'_>) -> Result<Self, ReadError> {
        let tag = String::read(value, place)?;
        Locale::parse(&tag).ok_or_else(|| {
            ReadError::new(
                place,
                format!("unknown locale `{tag}`, expected `en` or `sv`"),
            )
        })
    }
}

impl<'de> serde::Deserialize<'de> for Locale {
    /// Reads as the library reads it in a request, for Rust users who embed one in their types.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::read::deserialize_through_reader(deserializer)
    }
}

/// The message of a finding with these parameters, in `locale`.
pub(crate) fn render(params: &Params, locale: Locale) -> String {
    let (english, swedish) = template(params.rule());
    let text = match locale {
        Locale::En => english,
        Locale::Sv => swedish,
    };
    fill(text, locale, params)
}

/// Writes a template. `{name}` is the parameter's value. `[with|without]` reads `with` when
/// every parameter it names has a value (text or a list that is not empty), otherwise
/// `without`: how a message stays a sentence when an optional value was left out.
fn fill(template: &str, locale: Locale, params: &Params) -> String {
    let mut out = String::with_capacity(template.len().saturating_add(32));
    let mut rest = template;
    while let Some((before, segment, after)) = split_segment(rest) {
        fill_values(before, locale, params, &mut out);
        let (with, without) = segment.split_once('|').unwrap_or((segment, ""));
        let complete = placeholders(with).all(|name| params.get(name).is_some_and(has_value));
        fill_values(
            if complete { with } else { without },
            locale,
            params,
            &mut out,
        );
        rest = after;
    }
    fill_values(rest, locale, params, &mut out);
    out
}

/// The text before the first `[…]` segment, the segment's inside, and the text after it.
fn split_segment(text: &str) -> Option<(&str, &str, &str)> {
    let (before, rest) = text.split_once('[')?;
    let (segment, after) = rest.split_once(']')?;
    Some((before, segment, after))
}

/// Writes `text` with every `{name}` replaced by the parameter's value.
fn fill_values(text: &str, locale: Locale, params: &Params, out: &mut String) {
    let mut rest = text;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        let Some((name, after)) = after.split_once('}') else {
            out.push('{');
            rest = after;
            continue;
        };
        if let Some(value) = params.get(name) {
            show(value, locale, out);
        }
        rest = after;
    }
    out.push_str(rest);
}

/// Whether a value says something: text or a list that is not empty.
fn has_value(value: ParamValue<'_>) -> bool {
    match value {
        ParamValue::Text(text) => !text.trim().is_empty(),
        ParamValue::Texts(texts) => !texts.is_empty(),
        ParamValue::Counts(counts) => !counts.is_empty(),
        ParamValue::Field(_)
        | ParamValue::Count(_)
        | ParamValue::Signed(_)
        | ParamValue::Date(_) => true,
    }
}

/// Writes a parameter value as it reads in running text.
fn show(value: ParamValue<'_>, locale: Locale, out: &mut String) {
    match value {
        ParamValue::Text(text) => out.push_str(text),
        ParamValue::Field(FormField(name)) => out.push_str(field_label(name, locale)),
        ParamValue::Count(count) => out.push_str(itoa::Buffer::new().format(count)),
        ParamValue::Signed(amount) => out.push_str(itoa::Buffer::new().format(amount)),
        ParamValue::Date(date) => out.push_str(&date.to_string()),
        ParamValue::Texts(texts) => out.push_str(&texts.join(", ")),
        ParamValue::Counts(counts) => {
            let counts: Vec<String> = counts.iter().map(u32::to_string).collect();
            out.push_str(&counts.join(", "));
        }
    }
}

/// The placeholders (`{name}`) of a template.
fn placeholders(template: &str) -> impl Iterator<Item = &str> {
    template
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name))
}

/// A form field's name as the person filling the form knows it.
fn field_label(field: &str, locale: Locale) -> &str {
    let (english, swedish) = match field {
        "first_name" => ("first name", "förnamn"),
        "last_name" => ("last name", "efternamn"),
        "email" => ("email", "e-postadress"),
        "phone" => ("phone number", "telefonnummer"),
        "line1" => ("street address", "gatuadress"),
        "city" => ("city", "ort"),
        "state" => ("state", "delstat"),
        "zip" => ("ZIP code", "postnummer (ZIP)"),
        "country" => ("country", "land"),
        "provider" => ("current provider", "nuvarande leverantör"),
        "account_number" => ("account number", "kontonummer"),
        "account_name" => ("account name", "kontonamn"),
        "requested_service_date" => ("requested service date", "begärt tjänstedatum"),
        "provisioned" => ("provisioning date", "etableringsdatum"),
        "call_date" => ("call date", "samtalsdatum"),
        other => (other, other),
    };
    match locale {
        Locale::En => english,
        Locale::Sv => swedish,
    }
}

/// The English and Swedish message of each rule.
fn template(rule: Rule) -> (&'static str, &'static str) {
    use Rule::*;
    match rule {
        PartnerNotVarAuthorized => (
            "Your partner must be an authorised Webex Calling VAR partner to offer Cisco Calling Plan.",
            "Din partner måste vara behörig Webex Calling VAR-partner för att erbjuda Ciscos samtalsplan.",
        ),
        PartnerPstnProgramNotEnrolled => (
            "Your partner must accept the Webex Calling addendum by enrolling in the Webex Calling VAR PSTN program.",
            "Din partner måste acceptera Webex Calling-tillägget genom att registrera sig i Webex Calling VAR PSTN-programmet.",
        ),
        OrgNoOutboundCallingPlan => (
            "Order at least {minimum} outbound calling plan; this organisation holds {actual}.",
            "Beställ minst {minimum} utgående samtalsplan; organisationen har {actual}.",
        ),
        LocationCountryUnsupported => (
            "[Location {location_id}|This location] [is in {country}|has no country]; Cisco Calling Plan is [only available in {allowed}|not available in any country under this policy].",
            "[Platsen {location_id}|Den här platsen] [ligger i {country}|saknar land]; Ciscos samtalsplan [finns bara i {allowed}|finns inte i något land enligt den här policyn].",
        ),
        LocationExistingCannotTransition => (
            "[Location {location_id}|This location] already uses Webex Calling and cannot move to Cisco Calling Plan; create a new location instead.",
            "[Platsen {location_id}|Den här platsen] använder redan Webex Calling och kan inte övergå till Ciscos samtalsplan; skapa en ny plats i stället.",
        ),
        LocationLocalGatewayRequired => (
            "[Location {location_id}|This location] uses premises-based PSTN: enable its local gateway first.",
            "[Platsen {location_id}|Den här platsen] använder lokalbaserad PSTN: aktivera först dess lokala gateway.",
        ),
        ContactMissingField => (
            "Enter the contact's {field}: this person signs the legal agreement with Cisco.",
            "Ange kontaktpersonens {field}: personen undertecknar det juridiska avtalet med Cisco.",
        ),
        ContactInvalidEmail => (
            "\"{email}\" does not look like an email address.",
            "\"{email}\" ser inte ut som en e-postadress.",
        ),
        ContactInvalidPhone => (
            "\"{phone}\" is not a valid phone number.",
            "\"{phone}\" är inte ett giltigt telefonnummer.",
        ),
        AddressMissingField => (
            "Enter the emergency address's {field}.",
            "Ange räddningstjänstadressens {field}.",
        ),
        AddressCountryUnsupported => (
            "The emergency address is in {country}; [it must be in {allowed}|this policy serves no country].",
            "Räddningstjänstadressen ligger i {country}; [den måste ligga i {allowed}|den här policyn gäller inget land].",
        ),
        AddressInvalidState => (
            "\"{state}\" is not a US state: use the two-letter USPS code of one of the 50 states or DC.",
            "\"{state}\" är ingen amerikansk delstat: använd USPS-koden med två bokstäver för en av de 50 delstaterna eller DC.",
        ),
        AddressInvalidZip => (
            "\"{zip}\" is not a ZIP code: write 5 digits, or 5 digits, a hyphen and 4 digits.",
            "\"{zip}\" är inget ZIP-nummer: skriv 5 siffror, eller 5 siffror, bindestreck och 4 siffror.",
        ),
        AddressPoBox => (
            "\"{line1}\" looks like a PO box. Emergency services come to this address: give the street address where callers are.",
            "\"{line1}\" ser ut som en postbox. Räddningstjänsten kommer till den här adressen: ange gatuadressen där de som ringer befinner sig.",
        ),
        NoticeEsaAppliesToLocation => (
            "This emergency address applies to every number at the location unless a user is given a custom address.",
            "Den här räddningstjänstadressen gäller alla nummer på platsen om inte en användare får en anpassad adress.",
        ),
        LocationCallingPlanNotEnabled => (
            "Enable Cisco Calling Plan for this location before ordering or porting numbers.",
            "Aktivera Ciscos samtalsplan för platsen innan du beställer eller porterar nummer.",
        ),
        OrderEmpty => (
            "Add at least one number to the order.",
            "Lägg till minst ett nummer i beställningen.",
        ),
        OrderTooManyNumbers => (
            "An order can hold at most {limit} new numbers; this one holds {actual}. Place the rest as a separate order.",
            "En beställning kan innehålla högst {limit} nya nummer; den här innehåller {actual}. Lägg resten som en separat beställning.",
        ),
        TrialNumberLimit => (
            "A trial allows at most {limit} new numbers; {used} are already used and this order asks for {requested}.",
            "En provperiod tillåter högst {limit} nya nummer; {used} används redan och beställningen begär {requested}.",
        ),
        NumberInvalid => (
            "[\"{number}\" is not a valid phone number|A number is empty: enter a phone number].",
            "[\"{number}\" är inte ett giltigt telefonnummer|Ett nummer är tomt: ange ett telefonnummer].",
        ),
        NumberNotUs => (
            "{number} is not a US number; Cisco Calling Plan is available only in the United States.",
            "{number} är inte ett amerikanskt nummer; Ciscos samtalsplan finns bara i USA.",
        ),
        NumberTollFree => (
            "{number} is a toll-free number; toll-free numbers are not available with Cisco Calling Plan.",
            "{number} är ett avgiftsfritt nummer; avgiftsfria nummer är inte tillgängliga med Ciscos samtalsplan.",
        ),
        NumberNotGeographic => (
            "{number} is not an ordinary US geographic number (for example premium-rate or personal).",
            "{number} är inte ett vanligt geografiskt nummer i USA (till exempel betalnummer eller personligt nummer).",
        ),
        NumberDuplicate => (
            "{number} appears more than once (first at {first_path}).",
            "{number} förekommer mer än en gång (först vid {first_path}).",
        ),
        NumberHasExtension => (
            "{number} carries the extension {extension}: a number to order, port or remove is the whole line, without an extension.",
            "{number} har anknytningen {extension}: ett nummer som beställs, porteras eller tas bort är hela linjen, utan anknytning.",
        ),
        NumberUnlistedAreaCode => (
            "Area code {area_code} of {number} is not in numbering data {data_version}; if it is new, the order can still go through.",
            "Riktnumret {area_code} för {number} finns inte i numreringsdata {data_version}; om det är nytt kan beställningen ändå gå igenom.",
        ),
        BlockInvalidSize => (
            "A block of {size} numbers is not possible: [blocks come in sizes of {allowed}|this policy allows no blocks].",
            "Ett block med {size} nummer går inte: [block finns i storlekarna {allowed}|den här policyn tillåter inga block].",
        ),
        BlockNotConsecutive => (
            "These {size} numbers are not one run of consecutive numbers, so they cannot be ordered as a block.",
            "De här {size} numren är inte en följd av löpande nummer och kan inte beställas som ett block.",
        ),
        BlockCrossesExchange => (
            "A block from {first}[ to {last}|] runs past line 9999 of its exchange; start it lower or make it smaller.",
            "Ett block från {first}[ till {last}|] går förbi linjenummer 9999 i sin växel; börja lägre eller gör det mindre.",
        ),
        SearchCountryUnsupported => (
            "[Numbers cannot be searched in {country}|Choose a country to search in]: [only {allowed} can be searched|this policy allows none].",
            "[Nummer kan inte sökas i {country}|Välj ett land att söka i]: [bara {allowed} kan sökas|den här policyn tillåter inget].",
        ),
        SearchInvalidState => (
            "[\"{state}\" is not a US state|Choose a state]: use the two-letter USPS code of one of the 50 states or DC.",
            "[\"{state}\" är ingen amerikansk delstat|Välj en delstat]: använd USPS-koden med två bokstäver för en av de 50 delstaterna eller DC.",
        ),
        SearchInvalidAreaCode => (
            "[\"{area_code}\" is not a US geographic area code|Enter a US geographic area code].",
            "[\"{area_code}\" är inget geografiskt riktnummer i USA|Ange ett geografiskt riktnummer i USA].",
        ),
        SearchInvalidPrefix => (
            "[\"{prefix}\" is not a valid prefix|The prefix is empty]: use three digits, not starting with 0 or 1 and not an N11 code.",
            "[\"{prefix}\" är inget giltigt prefix|Prefixet är tomt]: använd tre siffror som inte börjar med 0 eller 1 och inte är en N11-kod.",
        ),
        SearchInvalidQuantity => (
            "Ask for at least one number (asked for {quantity}).",
            "Begär minst ett nummer (begärt: {quantity}).",
        ),
        NoticeAvailabilityNotGuaranteed => (
            "Cisco does not guarantee that listed numbers are still available when the order is placed.",
            "Cisco garanterar inte att listade nummer fortfarande är tillgängliga när beställningen läggs.",
        ),
        NoticeBlockRemoval => (
            "Numbers ordered in a block cannot later be removed one by one: only the whole block can be removed.",
            "Nummer som beställs i block kan inte senare tas bort enskilt: bara hela blocket kan tas bort.",
        ),
        NoticeTermsOfService => (
            "The new numbers activate only after a customer administrator accepts the terms of service.",
            "De nya numren aktiveras först när en kundadministratör har godkänt servicevillkoren.",
        ),
        TrialPortingUnavailable => (
            "Number porting is not available during a Webex Calling trial.",
            "Nummerportering är inte tillgänglig under en Webex Calling-provperiod.",
        ),
        PortNotPortable => (
            "The portability check flagged [{number}|this number] as not portable; PSTN technical support can review it.",
            "Porteringskontrollen markerade [{number}|numret] som icke-portabelt; PSTN teknisk support kan granska det.",
        ),
        PortDslLeadNumber => (
            "[{number}|This number] is a DSL lead number; avoid porting DSL/ADSL lead numbers.",
            "[{number}|Numret] är ett DSL-ledarnummer; undvik att portera DSL/ADSL-ledarnummer.",
        ),
        PortUnsupportedLine => (
            "[{number}|This number] is a {line_type} line; such lines are not tested or supported on VoIP.",
            "[{number}|Numret] är en linje av typen {line_type}; sådana linjer testas inte och stöds inte för VoIP.",
        ),
        PortAccountMissingField => (
            "Enter the {field} exactly as on your current provider's bill.",
            "Ange {field} precis som på räkningen från din nuvarande leverantör.",
        ),
        PortInvoiceMissing => (
            "Upload a recent invoice from your current provider.",
            "Ladda upp en ny faktura från din nuvarande leverantör.",
        ),
        PortInvoiceFormat => (
            "The invoice[ \"{file_name}\"|][ ({media_type})|] [must be a {allowed} file|cannot be accepted: this policy allows no invoice format].",
            "Fakturan[ \"{file_name}\"|][ ({media_type})|] [måste vara en fil i formatet {allowed}|kan inte tas emot: den här policyn tillåter inget fakturaformat].",
        ),
        PortInvoiceContentMismatch => (
            "The invoice file's content is not a {claimed} file; upload the invoice itself.",
            "Fakturafilens innehåll är ingen {claimed}-fil; ladda upp själva fakturan.",
        ),
        PortInvoiceTooOld => (
            "The invoice is from {issued}, {age_days} days ago; it must be from the last {max_age_days} days.",
            "Fakturan är från {issued}, för {age_days} dagar sedan; den måste vara från de senaste {max_age_days} dagarna.",
        ),
        PortInvoiceFutureDate => (
            "The invoice date {issued} is after today ({today}).",
            "Fakturadatumet {issued} är efter i dag ({today}).",
        ),
        PortLoaMissingName => (
            "Enter your {field} to sign the letter of agency.",
            "Ange ditt {field} för att signera fullmakten (LOA).",
        ),
        PortLoaSignerNotAuthorized => (
            "The letter of agency must be signed by the account owner or an authorised signer.",
            "Fullmakten (LOA) måste signeras av kontoägaren eller en behörig undertecknare.",
        ),
        PortDateInPast => (
            "The port date {date} is before today ({today}).",
            "Porteringsdatumet {date} är före i dag ({today}).",
        ),
        NoticePortInboundNumbers => (
            "When planning a port, consider every number that receives inbound calls.",
            "Överväg alla nummer som tar emot inkommande samtal när du planerar porteringen.",
        ),
        NoticeVerifyBeforePublishing => (
            "Verify that the port has completed before publishing the numbers; Cisco does not guarantee a time of day for the port.",
            "Kontrollera att porteringen är klar innan numren publiceras; Cisco garanterar ingen specifik tid på dagen för porteringen.",
        ),
        PortFocLocked => (
            "The firm order commitment (FOC) has been received: open a case with PSTN technical support to change the port date.",
            "Fast orderåtagande (FOC) har tagits emot: öppna ett ärende hos PSTN teknisk support för att ändra porteringsdatumet.",
        ),
        PortShortNoticeReschedule => (
            "{date} is only {days_until} days away; rescheduling a port at short notice can cause an outage.",
            "{date} är bara {days_until} dagar bort; att boka om en portering med kort varsel kan leda till driftavbrott.",
        ),
        RemovalPartialBlock => (
            "[Block {block_id}|The block starting at {first}] of {block_size} numbers can only be removed whole: {missing} of its numbers are not in this removal. Remove the whole block and order new numbers.",
            "[Blocket {block_id}|Blocket som börjar på {first}] med {block_size} nummer kan bara tas bort helt: {missing} av dess nummer ingår inte. Ta bort hela blocket och beställ nya nummer.",
        ),
        RemovalNotInInventory => (
            "{number} is not one of the location's numbers.",
            "{number} är inte ett av platsens nummer.",
        ),
        BillingMissingDate => (
            "Enter the {field}: billing for this item starts from it.",
            "Ange {field}: faktureringen för posten börjar då.",
        ),
        SupportUnknownTopic => (
            "[No support desk is known for \"{topic}\"|Choose a support topic].",
            "[Ingen supportavdelning är känd för \"{topic}\"|Välj ett supportämne].",
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_placeholder_is_a_parameter_of_its_rule() {
        for &rule in Rule::ALL {
            let (english, swedish) = template(rule);
            for text in [english, swedish] {
                for name in placeholders(text) {
                    assert!(
                        rule.param_names().contains(&name),
                        "{}: {{{name}}} is not a parameter of the rule",
                        rule.code()
                    );
                }
            }
        }
    }

    /// What a sentence never holds: doubled blanks, empty quotes or brackets, punctuation
    /// after a blank or doubled, unfilled placeholders or segments.
    fn flaws(message: &str) -> Vec<&'static str> {
        let flaws = [
            "  ", "\"\"", "()", "( ", " )", " .", " ,", " ;", " :", ",.", ";.", ":.", "..", ",,",
            "{", "}", "[", "]", "|",
        ];
        let mut found: Vec<&'static str> = flaws
            .into_iter()
            .filter(|flaw| message.contains(flaw))
            .collect();
        if message.starts_with(' ') || message.ends_with(' ') || message.ends_with(':') {
            found.push("blank or colon at an end");
        }
        found
    }

    /// Which optional values a sample leaves out.
    enum Left<'a> {
        Nothing,
        All,
        Only(&'a str),
        AllBut(&'a str),
    }

    impl Left<'_> {
        fn out(&self, name: &str) -> bool {
            match self {
                Left::Nothing => false,
                Left::All => true,
                Left::Only(only) => name == *only,
                Left::AllBut(kept) => name != *kept,
            }
        }
    }

    #[test]
    fn every_message_reads_as_a_sentence_whatever_optional_value_is_left_out() {
        let mut problems = Vec::new();
        for &rule in Rule::ALL {
            let optional: Vec<&str> = rule
                .param_names()
                .iter()
                .copied()
                .filter(|name| rule.param_may_be_empty(name))
                .collect();
            let mut ways = vec![Left::Nothing, Left::All];
            for name in optional {
                ways.push(Left::Only(name));
                ways.push(Left::AllBut(name));
            }
            for left in &ways {
                let params = Params::sample(rule, &|name| left.out(name));
                for locale in [Locale::En, Locale::Sv] {
                    let message = render(&params, locale);
                    let found = flaws(&message);
                    if !found.is_empty() {
                        problems.push(format!(
                            "{} {locale:?}: {found:?} in {message:?}",
                            rule.code()
                        ));
                    }
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn an_optional_segment_reads_its_first_branch_only_with_every_value_given() {
        let params = Params::RemovalPartialBlock {
            block_id: String::new(),
            block_size: 10,
            first: "+12125550100".to_owned(),
            missing: 9,
            removed: 1,
        };
        let message = render(&params, Locale::En);
        assert!(
            message.starts_with("The block starting at +12125550100 of 10 numbers"),
            "{message}"
        );
        let params = Params::RemovalPartialBlock {
            block_id: "B-1".to_owned(),
            block_size: 10,
            first: "+12125550100".to_owned(),
            missing: 9,
            removed: 1,
        };
        assert!(render(&params, Locale::Sv).starts_with("Blocket B-1 med 10 nummer"));
    }

    #[test]
    fn both_languages_name_the_same_parameters() {
        for &rule in Rule::ALL {
            let (english, swedish) = template(rule);
            let mut english: Vec<&str> = placeholders(english).collect();
            let mut swedish: Vec<&str> = placeholders(swedish).collect();
            english.sort_unstable();
            swedish.sort_unstable();
            assert_eq!(english, swedish, "{}", rule.code());
        }
    }
}
