//! The rule catalogue [POLICY §3]: every rule declared once, with its code, severity, the
//! article section it encodes, a one-line description, the parameters its findings carry
//! and its message in English, Swedish and Canadian French. The `rules!` table (`declare.rs`)
//! makes the [`Rule`] enum, its accessors and the typed [`Params`]; the checks decide when a
//! rule applies.

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

#[cfg(test)]
use crate::catalogue::declare::Sample;
use crate::catalogue::declare::{
    optional, rules, FormField, ParamType, ParamValue, Phrase, Severity,
};
use crate::catalogue::policy::Country;
use crate::date::CalendarDate;

impl Serialize for Params {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        for (name, value) in self.entries() {
            map.serialize_entry(name, &value)?;
        }
        map.end()
    }
}

rules! {
    PartnerNotVarAuthorized {
        code: "partner.not_var_authorized",
        severity: Error,
        article: "Requirements",
        description: "The partner must be an authorised Webex Calling VAR partner to sell Cisco Calling Plan.",
        params: {},
        en: "Your partner must be an authorised Webex Calling VAR partner to offer Cisco Calling Plan.",
        sv: "Din partner måste vara behörig Webex Calling VAR-partner för att erbjuda Ciscos samtalsplan.",
        fr: "Votre partenaire doit être un partenaire VAR autorisé de Webex Calling pour offrir le forfait d'appels Cisco.",
    }
    PartnerPstnProgramNotEnrolled {
        code: "partner.pstn_program_not_enrolled",
        severity: Error,
        article: "Requirements",
        description: "The partner must have accepted the addendum and enrolled in the Webex Calling VAR PSTN program.",
        params: {},
        en: "Your partner must accept the Webex Calling addendum by enrolling in the Webex Calling VAR PSTN program.",
        sv: "Din partner måste acceptera Webex Calling-tillägget genom att registrera sig i Webex Calling VAR PSTN-programmet.",
        fr: "Votre partenaire doit accepter l'avenant Webex Calling en s'inscrivant au programme RTPC des partenaires VAR de Webex Calling.",
    }
    OrgNoOutboundCallingPlan {
        code: "org.no_outbound_calling_plan",
        severity: Error,
        article: "Billing",
        description: "The minimum order is one outbound calling plan (waived in trial: interpretation).",
        params: { actual: u32, minimum: u32 },
        en: "Order at least {minimum} outbound calling plan; this organisation holds {actual}.",
        sv: "Beställ minst {minimum} utgående samtalsplan; organisationen har {actual}.",
        fr: "Commandez au moins {minimum} forfait d'appels sortants; cette organisation en détient {actual}.",
    }
    LocationCountryUnsupported {
        code: "location.country_unsupported",
        severity: Error,
        article: "Limitations",
        description: "Cisco Calling Plan is only available for locations in the policy's countries (seed-2024: US).",
        params: { #[optional] allowed: Vec<Country>, #[optional] country: String, #[optional] location_id: String },
        en: "[Location {location_id}|This location] [is in {country}|has no country]; Cisco Calling Plan is [only available in {allowed}|not available in any country under this policy].",
        sv: "[Platsen {location_id}|Den här platsen] [ligger i {country}|saknar land]; Ciscos samtalsplan [finns bara i {allowed}|finns inte i något land enligt den här policyn].",
        fr: "[L'emplacement {location_id}|Cet emplacement] [se trouve dans ce pays : {country}|n'a pas de pays]; le forfait d'appels Cisco [n'est offert que dans ces pays : {allowed}|n'est offert dans aucun pays selon cette politique].",
    }
    LocationExistingCannotTransition {
        code: "location.existing_cannot_transition",
        severity: Error,
        article: "Limitations",
        description: "An existing Webex Calling location cannot transition to Cisco Calling Plan.",
        params: { #[optional] location_id: String },
        en: "[Location {location_id}|This location] already uses Webex Calling and cannot move to Cisco Calling Plan; create a new location instead.",
        sv: "[Platsen {location_id}|Den här platsen] använder redan Webex Calling och kan inte övergå till Ciscos samtalsplan; skapa en ny plats i stället.",
        fr: "[L'emplacement {location_id}|Cet emplacement] utilise déjà Webex Calling et ne peut pas passer au forfait d'appels Cisco; créez plutôt un nouvel emplacement.",
    }
    LocationExistingTransitionLimited {
        code: "location.existing_transition_limited",
        severity: Warning,
        article: "POLICY §6 (Get started with the Cisco Calling Plans)",
        description: "An existing Webex Calling location can move to Cisco Calling Plan only along a supported migration path.",
        params: { #[optional] location_id: String },
        en: "[Location {location_id}|This location] already uses Webex Calling: it can move to Cisco Calling Plan only along a supported migration path, so check that its path is one before you submit.",
        sv: "[Platsen {location_id}|Den här platsen] använder redan Webex Calling: den kan bara övergå till Ciscos samtalsplan via en migreringsväg som stöds, så kontrollera att dess väg är en sådan innan du skickar in.",
        fr: "[L'emplacement {location_id}|Cet emplacement] utilise déjà Webex Calling : il ne peut passer au forfait d'appels Cisco que par un chemin de migration pris en charge; vérifiez que le sien en est un avant de soumettre la demande.",
    }
    LocationContactCenterUnsupported {
        code: "location.contact_center_unsupported",
        severity: Error,
        article: "POLICY §6 (Get started with the Cisco Calling Plans)",
        description: "Cisco Calling Plan is not supported with Webex Contact Center or other high-volume, high-concurrency calling.",
        params: { #[optional] location_id: String },
        en: "[Location {location_id}|This location] serves Webex Contact Center or other high-volume calling, which Cisco Calling Plan does not support; choose another PSTN option for it.",
        sv: "[Platsen {location_id}|Den här platsen] betjänar Webex Contact Center eller andra samtal i stor volym, vilket Ciscos samtalsplan inte stöder; välj ett annat PSTN-alternativ för den.",
        fr: "[L'emplacement {location_id}|Cet emplacement] dessert Webex Contact Center ou d'autres appels à volume élevé, que le forfait d'appels Cisco ne prend pas en charge; choisissez une autre option RTPC pour cet emplacement.",
    }
    LocationLocalGatewayRequired {
        code: "location.local_gateway_required",
        severity: Error,
        article: "PSTN options",
        description: "A premises-based PSTN location needs its local gateway enabled.",
        params: { #[optional] location_id: String },
        en: "[Location {location_id}|This location] uses premises-based PSTN: enable its local gateway first.",
        sv: "[Platsen {location_id}|Den här platsen] använder lokalbaserad PSTN: aktivera först dess lokala gateway.",
        fr: "[L'emplacement {location_id}|Cet emplacement] utilise un RTPC sur site : activez d'abord sa passerelle locale.",
    }
    ContactMissingField {
        code: "contact.missing_field",
        severity: Error,
        article: "Set up a location, step 4",
        description: "Every field of the contact who signs the legal agreement is required.",
        params: { field: FormField },
        en: "Enter the contact's {field}: this person signs the legal agreement with Cisco.",
        sv: "Ange kontaktpersonens {field}: personen undertecknar det juridiska avtalet med Cisco.",
        fr: "Renseignement manquant pour la personne-ressource : {field}. Cette personne signe l'entente juridique avec Cisco.",
    }
    ContactInvalidEmail {
        code: "contact.invalid_email",
        severity: Error,
        article: "Set up a location, step 4",
        description: "The contact's email must be a plausible address.",
        params: { email: String },
        en: "\"{email}\" does not look like an email address.",
        sv: "\"{email}\" ser inte ut som en e-postadress.",
        fr: "« {email} » ne semble pas être une adresse courriel.",
    }
    ContactInvalidPhone {
        code: "contact.invalid_phone",
        severity: Error,
        article: "Set up a location, step 4",
        description: "The contact's phone must be a valid number.",
        params: { phone: String },
        en: "\"{phone}\" is not a valid phone number.",
        sv: "\"{phone}\" är inte ett giltigt telefonnummer.",
        fr: "« {phone} » n'est pas un numéro de téléphone valide.",
    }
    AddressMissingField {
        code: "address.missing_field",
        severity: Error,
        article: "Emergency service address",
        description: "An emergency address needs line 1, city, state, ZIP code and country.",
        params: { field: FormField },
        en: "Enter the emergency address's {field}.",
        sv: "Ange räddningstjänstadressens {field}.",
        fr: "Renseignement manquant dans l'adresse des services d'urgence : {field}.",
    }
    AddressCountryUnsupported {
        code: "address.country_unsupported",
        severity: Error,
        article: "Emergency service address",
        description: "An emergency address must be in one of the policy's countries (seed-2024: US); its state and ZIP code are then not judged.",
        params: { #[optional] allowed: Vec<Country>, country: String },
        en: "The emergency address is in {country}; [it must be in {allowed}|this policy serves no country].",
        sv: "Räddningstjänstadressen ligger i {country}; [den måste ligga i {allowed}|den här policyn gäller inget land].",
        fr: "L'adresse des services d'urgence se trouve dans ce pays : {country}; [elle doit se trouver dans l'un de ces pays : {allowed}|cette politique ne dessert aucun pays].",
    }
    AddressInvalidState {
        code: "address.invalid_state",
        severity: Error,
        article: "Emergency service address",
        description: "The state is the code of one of the country's states or provinces: USPS (50 states and DC) in the US, Canada Post (13 provinces and territories) in Canada.",
        params: { country: Country, state: String },
        words: { format, place },
        en: "\"{state}\" is not {place}: {format}.",
        sv: "\"{state}\" är inte {place}: {format}.",
        fr: "« {state} » n'est pas {place} : {format}.",
    }
    AddressInvalidZip {
        code: "address.invalid_zip",
        severity: Error,
        article: "Emergency service address",
        description: "The ZIP or postal code has the country's format: NNNNN or NNNNN-NNNN in the US, A9A 9A9 (Canada Post's letters) in Canada.",
        params: { country: Country, zip: String },
        words: { format, place },
        en: "\"{zip}\" is not {place}: {format}.",
        sv: "\"{zip}\" är inte {place}: {format}.",
        fr: "« {zip} » n'est pas {place} : {format}.",
    }
    AddressPoBox {
        code: "address.po_box",
        severity: Warning,
        article: "Emergency service address",
        description: "A PO box is not where callers are; an emergency address must be (interpretation).",
        params: { line1: String },
        en: "\"{line1}\" looks like a PO box. Emergency services come to this address: give the street address where callers are.",
        sv: "\"{line1}\" ser ut som en postbox. Räddningstjänsten kommer till den här adressen: ange gatuadressen där de som ringer befinner sig.",
        fr: "« {line1} » semble être une case postale. Les services d'urgence se rendent à cette adresse : indiquez l'adresse municipale où se trouvent les personnes qui appellent.",
    }
    NoticeEsaAppliesToLocation {
        code: "notice.esa_applies_to_location",
        severity: Info,
        article: "Set up a location, step 5",
        description: "The location's emergency address applies to all its numbers unless a user gets a custom one.",
        params: {},
        en: "This emergency address applies to every number at the location unless a user is given a custom address.",
        sv: "Den här räddningstjänstadressen gäller alla nummer på platsen om inte en användare får en anpassad adress.",
        fr: "Cette adresse des services d'urgence s'applique à tous les numéros de l'emplacement, sauf si un utilisateur reçoit une adresse personnalisée.",
    }
    LocationCallingPlanNotEnabled {
        code: "location.calling_plan_not_enabled",
        severity: Error,
        article: "Order new numbers; Port numbers",
        description: "Cisco Calling Plan must be enabled for the location before ordering or porting numbers.",
        params: {},
        en: "Enable Cisco Calling Plan for this location before ordering or porting numbers.",
        sv: "Aktivera Ciscos samtalsplan för platsen innan du beställer eller porterar nummer.",
        fr: "Activez le forfait d'appels Cisco pour cet emplacement avant de commander ou de transférer des numéros.",
    }
    OrderEmpty {
        code: "order.empty",
        severity: Error,
        article: "Order new numbers; Port numbers",
        description: "The order asks for no numbers.",
        params: {},
        en: "Add at least one number to the order.",
        sv: "Lägg till minst ett nummer i beställningen.",
        fr: "Ajoutez au moins un numéro à la commande.",
    }
    OrderTooManyNumbers {
        code: "order.too_many_numbers",
        severity: Error,
        article: "Limitations",
        description: "An order holds at most 100 new numbers; more go in a separate order.",
        params: { actual: u64, limit: u64 },
        en: "An order can hold at most {limit} new numbers; this one holds {actual}. Place the rest as a separate order.",
        sv: "En beställning kan innehålla högst {limit} nya nummer; den här innehåller {actual}. Lägg resten som en separat beställning.",
        fr: "Une commande peut contenir au plus {limit} nouveaux numéros; celle-ci en contient {actual}. Passez les autres dans une commande distincte.",
    }
    TrialNumberLimit {
        code: "trial.number_limit",
        severity: Error,
        article: "Limitations",
        description: "An organisation in trial may create at most 10 new numbers.",
        params: { limit: u64, requested: u64, used: u64 },
        en: "A trial allows at most {limit} new numbers; {used} are already used and this order asks for {requested}.",
        sv: "En provperiod tillåter högst {limit} nya nummer; {used} används redan och beställningen begär {requested}.",
        fr: "Une période d'essai permet au plus {limit} nouveaux numéros; {used} sont déjà utilisés et cette commande en demande {requested}.",
    }
    NumberInvalid {
        code: "number.invalid",
        severity: Error,
        article: "Number policy",
        description: "The number is not a possible, valid phone number.",
        params: { #[optional] number: String },
        en: "[\"{number}\" is not a valid phone number|A number is empty: enter a phone number].",
        sv: "[\"{number}\" är inte ett giltigt telefonnummer|Ett nummer är tomt: ange ett telefonnummer].",
        fr: "[« {number} » n'est pas un numéro de téléphone valide|Un numéro est vide : entrez un numéro de téléphone].",
    }
    NumberCountryUnsupported {
        code: "number.country_unsupported",
        severity: Error,
        article: "Limitations",
        description: "The number's region is not one of the policy's countries (seed-2024: US; formerly number.not_us).",
        params: { #[optional] countries: Vec<Country>, number: String, region: &'static str },
        en: "{number} belongs to region {region}; [Cisco Calling Plan is offered only in {countries}|this policy serves no country].",
        sv: "{number} är ett nummer i region {region}; [Ciscos samtalsplan erbjuds bara i {countries}|den här policyn gäller inget land].",
        fr: "{number} est un numéro de la région {region}; [le forfait d'appels Cisco n'est offert que dans ces pays : {countries}|cette politique ne dessert aucun pays].",
    }
    NumberTollFree {
        code: "number.toll_free",
        severity: Error,
        article: "Limitations",
        description: "Toll-free numbers are ordered or ported only where the policy's toll_free allows (seed-2024: nowhere).",
        params: { number: String },
        words: { refusal },
        en: "{number} is a toll-free number; {refusal}.",
        sv: "{number} är ett avgiftsfritt nummer; {refusal}.",
        fr: "{number} est un numéro sans frais; {refusal}.",
    }
    NumberNotGeographic {
        code: "number.not_geographic",
        severity: Error,
        article: "Number policy",
        description: "The number is not an ordinary geographic line (premium-rate, personal, Canada's 600, …).",
        params: { number: String },
        en: "{number} is not an ordinary geographic number (for example premium-rate or personal).",
        sv: "{number} är inte ett vanligt geografiskt nummer (till exempel betalnummer eller personligt nummer).",
        fr: "{number} n'est pas un numéro géographique ordinaire (par exemple un numéro à tarif majoré ou un numéro personnel).",
    }
    NumberDuplicate {
        code: "number.duplicate",
        severity: Error,
        article: "Number policy",
        description: "The same number appears twice.",
        params: { first_path: String, number: String },
        en: "{number} appears more than once (first at {first_path}).",
        sv: "{number} förekommer mer än en gång (först vid {first_path}).",
        fr: "{number} figure plus d'une fois (d'abord à {first_path}).",
    }
    NumberHasExtension {
        code: "number.has_extension",
        severity: Error,
        article: "Order new numbers; Port numbers (interpretation)",
        description: "A number ordered, ported or removed is a whole line: it cannot carry an extension.",
        params: { extension: String, number: String },
        en: "{number} carries the extension {extension}: a number to order, port or remove is the whole line, without an extension.",
        sv: "{number} har anknytningen {extension}: ett nummer som beställs, porteras eller tas bort är hela linjen, utan anknytning.",
        fr: "{number} comporte le poste {extension} : un numéro à commander, à transférer ou à retirer est la ligne entière, sans poste.",
    }
    NumberUnlistedAreaCode {
        code: "number.unlisted_area_code",
        severity: Warning,
        article: "Number policy (interpretation)",
        description: "The area code is not in the numbering data but has the shape of a new one (policy `unlisted_area_codes: warn`).",
        params: { area_code: String, data_version: &'static str, number: String },
        en: "Area code {area_code} of {number} is not in numbering data {data_version}; if it is new, the order can still go through.",
        sv: "Riktnumret {area_code} för {number} finns inte i numreringsdata {data_version}; om det är nytt kan beställningen ändå gå igenom.",
        fr: "L'indicatif régional {area_code} de {number} ne figure pas dans les données de numérotation {data_version}; s'il est nouveau, la commande peut tout de même être passée.",
    }
    BlockInvalidSize {
        code: "block.invalid_size",
        severity: Error,
        article: "Number policy — New number ordering",
        description: "Blocks come in sizes of 10, 50 or 100 numbers.",
        params: { #[optional] allowed: Vec<u32>, size: u64 },
        en: "A block of {size} numbers is not possible: [blocks come in sizes of {allowed}|this policy allows no blocks].",
        sv: "Ett block med {size} nummer går inte: [block finns i storlekarna {allowed}|den här policyn tillåter inga block].",
        fr: "Un bloc de {size} numéros n'est pas possible : [les tailles de bloc permises sont {allowed}|cette politique ne permet aucun bloc].",
    }
    BlockNotConsecutive {
        code: "block.not_consecutive",
        severity: Error,
        article: "Number policy — New number ordering",
        description: "A block must be one run of consecutive numbers.",
        params: { size: u64 },
        en: "These {size} numbers are not one run of consecutive numbers, so they cannot be ordered as a block.",
        sv: "De här {size} numren är inte en följd av löpande nummer och kan inte beställas som ett block.",
        fr: "Ces {size} numéros ne forment pas une suite de numéros consécutifs; ils ne peuvent donc pas être commandés en bloc.",
    }
    BlockCrossesExchange {
        code: "block.crosses_exchange",
        severity: Error,
        article: "Number policy — New number ordering",
        description: "A block cannot run past line number 9999 of its area code and exchange.",
        params: { first: String, #[optional] last: String, size: u64 },
        en: "A block from {first}[ to {last}|] runs past line 9999 of its exchange; start it lower or make it smaller.",
        sv: "Ett block från {first}[ till {last}|] går förbi linjenummer 9999 i sin växel; börja lägre eller gör det mindre.",
        fr: "Un bloc à partir de {first}[ jusqu'à {last}|] dépasse la ligne 9999 de son central; commencez-le plus bas ou réduisez-le.",
    }
    SearchCountryUnsupported {
        code: "search.country_unsupported",
        severity: Error,
        article: "Order new numbers, step 3",
        description: "Numbers can only be searched in one of the policy's countries (seed-2024: US); state, area code and prefix are then not judged.",
        params: { #[optional] allowed: Vec<Country>, #[optional] country: String },
        en: "[Numbers cannot be searched in {country}|Choose a country to search in]: [only {allowed} can be searched|this policy allows none].",
        sv: "[Nummer kan inte sökas i {country}|Välj ett land att söka i]: [bara {allowed} kan sökas|den här policyn tillåter inget].",
        fr: "[On ne peut pas chercher de numéros dans ce pays : {country}|Choisissez un pays où chercher]; [on ne peut chercher que dans ces pays : {allowed}|cette politique n'en permet aucun].",
    }
    SearchInvalidState {
        code: "search.invalid_state",
        severity: Error,
        article: "Order new numbers, step 3",
        description: "The state is a state (US) or province or territory (Canada) code of the search's country.",
        params: { #[optional] state: String },
        words: { format, place },
        en: "[\"{state}\" is not {place}|Choose {place}]: {format}.",
        sv: "[\"{state}\" är inte {place}|Välj {place}]: {format}.",
        fr: "[« {state} » n'est pas {place}|Choisissez {place}] : {format}.",
    }
    SearchInvalidAreaCode {
        code: "search.invalid_area_code",
        severity: Error,
        article: "Order new numbers, step 3",
        description: "The area code is a geographic area code of the search's country.",
        params: { #[optional] area_code: String },
        words: { place },
        en: "[\"{area_code}\" is not {place}|Enter {place}].",
        sv: "[\"{area_code}\" är inte {place}|Ange {place}].",
        fr: "[« {area_code} » n'est pas {place}|Entrez {place}].",
    }
    SearchInvalidPrefix {
        code: "search.invalid_prefix",
        severity: Error,
        article: "Order new numbers, step 3",
        description: "The prefix must be a valid exchange code (NXX, not N11).",
        params: { #[optional] prefix: String },
        en: "[\"{prefix}\" is not a valid prefix|The prefix is empty]: use three digits, not starting with 0 or 1 and not an N11 code.",
        sv: "[\"{prefix}\" är inget giltigt prefix|Prefixet är tomt]: använd tre siffror som inte börjar med 0 eller 1 och inte är en N11-kod.",
        fr: "[« {prefix} » n'est pas un préfixe valide|Le préfixe est vide] : utilisez trois chiffres qui ne commencent ni par 0 ni par 1 et qui ne forment pas un code N11.",
    }
    SearchInvalidQuantity {
        code: "search.invalid_quantity",
        severity: Error,
        article: "Order new numbers, step 4",
        description: "At least one number must be asked for.",
        params: { quantity: i64 },
        en: "Ask for at least one number (asked for {quantity}).",
        sv: "Begär minst ett nummer (begärt: {quantity}).",
        fr: "Demandez au moins un numéro (demandé : {quantity}).",
    }
    NoticeAvailabilityNotGuaranteed {
        code: "notice.availability_not_guaranteed",
        severity: Info,
        article: "Number policy — General",
        description: "Listed numbers may still be taken before the order completes.",
        params: {},
        en: "Cisco does not guarantee that listed numbers are still available when the order is placed.",
        sv: "Cisco garanterar inte att listade nummer fortfarande är tillgängliga när beställningen läggs.",
        fr: "Cisco ne garantit pas que les numéros affichés seront encore disponibles au moment de la commande.",
    }
    NoticeBlockRemoval {
        code: "notice.block_removal",
        severity: Info,
        article: "Number policy — New number ordering",
        description: "Numbers ordered in a block cannot later be removed one by one.",
        params: {},
        en: "Numbers ordered in a block cannot later be removed one by one: only the whole block can be removed.",
        sv: "Nummer som beställs i block kan inte senare tas bort enskilt: bara hela blocket kan tas bort.",
        fr: "Les numéros commandés en bloc ne pourront pas être retirés un à un par la suite : seul le bloc entier peut être retiré.",
    }
    NoticeTermsOfService {
        code: "notice.terms_of_service",
        severity: Info,
        article: "Order new numbers, step 7",
        description: "New numbers activate only after a customer administrator accepts the terms of service.",
        params: {},
        en: "The new numbers activate only after a customer administrator accepts the terms of service.",
        sv: "De nya numren aktiveras först när en kundadministratör har godkänt servicevillkoren.",
        fr: "Les nouveaux numéros ne sont activés qu'après l'acceptation des conditions d'utilisation par un administrateur du client.",
    }
    TrialPortingUnavailable {
        code: "trial.porting_unavailable",
        severity: Error,
        article: "Limitations",
        description: "Number porting is not available in a Webex Calling trial.",
        params: {},
        en: "Number porting is not available during a Webex Calling trial.",
        sv: "Nummerportering är inte tillgänglig under en Webex Calling-provperiod.",
        fr: "Le transfert de numéros n'est pas offert pendant une période d'essai de Webex Calling.",
    }
    PortNotPortable {
        code: "port.not_portable",
        severity: Error,
        article: "Port numbers, step 4",
        description: "The portability check flagged the number; PSTN technical support reviews such cases.",
        params: { #[optional] number: String },
        en: "The portability check flagged [{number}|this number] as not portable; PSTN technical support can review it.",
        sv: "Porteringskontrollen markerade [{number}|numret] som icke-portabelt; PSTN teknisk support kan granska det.",
        fr: "La vérification de la transférabilité a signalé [{number}|ce numéro] comme non transférable; le soutien technique RTPC peut examiner le cas.",
    }
    PortDslLeadNumber {
        code: "port.dsl_lead_number",
        severity: Warning,
        article: "Number policy — Port-In",
        description: "Avoid porting a DSL/ADSL lead number.",
        params: { line_type: &'static str, #[optional] number: String },
        en: "[{number}|This number] is a DSL lead number; avoid porting DSL/ADSL lead numbers.",
        sv: "[{number}|Numret] är ett DSL-ledarnummer; undvik att portera DSL/ADSL-ledarnummer.",
        fr: "[{number}|Ce numéro] est un numéro principal de ligne DSL; évitez de transférer les numéros principaux DSL ou ADSL.",
    }
    PortUnsupportedLine {
        code: "port.unsupported_line",
        severity: Warning,
        article: "Number policy — Port-In",
        description: "Alarm, security and line-system lines are not tested or supported on VoIP.",
        params: { line_type: &'static str, #[optional] number: String },
        en: "[{number}|This number] is a {line_type} line; such lines are not tested or supported on VoIP.",
        sv: "[{number}|Numret] är en linje av typen {line_type}; sådana linjer testas inte och stöds inte för VoIP.",
        fr: "[{number}|Ce numéro] est une ligne de type {line_type}; ces lignes ne sont ni testées ni prises en charge en VoIP.",
    }
    PortAccountMissingField {
        code: "port.account_missing_field",
        severity: Error,
        article: "Port numbers, step 3",
        description: "The current provider, account number and account name are required.",
        params: { field: FormField },
        en: "Enter the {field} exactly as on your current provider's bill.",
        sv: "Ange {field} precis som på räkningen från din nuvarande leverantör.",
        fr: "Renseignement manquant pour le compte : {field}. Inscrivez-le exactement comme sur la facture de votre fournisseur actuel.",
    }
    PortInvoiceMissing {
        code: "port.invoice_missing",
        severity: Error,
        article: "Port numbers, step 5",
        description: "A recent invoice from the current provider is required.",
        params: {},
        en: "Upload a recent invoice from your current provider.",
        sv: "Ladda upp en ny faktura från din nuvarande leverantör.",
        fr: "Téléversez une facture récente de votre fournisseur actuel.",
    }
    PortInvoiceFormat {
        code: "port.invoice_format",
        severity: Error,
        article: "Port numbers, step 5",
        description: "The invoice must be a PDF or PNG file.",
        params: { #[optional] allowed: Vec<String>, #[optional] file_name: String, #[optional] media_type: String },
        en: "The invoice[ \"{file_name}\"|][ ({media_type})|] [must be a {allowed} file|cannot be accepted: this policy allows no invoice format].",
        sv: "Fakturan[ \"{file_name}\"|][ ({media_type})|] [måste vara en fil i formatet {allowed}|kan inte tas emot: den här policyn tillåter inget fakturaformat].",
        fr: "La facture[ « {file_name} »|][ ({media_type})|] [doit être un fichier {allowed}|ne peut pas être acceptée : cette politique n'accepte aucun format de facture].",
    }
    PortInvoiceContentMismatch {
        code: "port.invoice_content_mismatch",
        severity: Error,
        article: "Port numbers, step 5",
        description: "The invoice file's content is not the format it claims to be.",
        params: { claimed: &'static str },
        en: "The invoice file's content is not a {claimed} file; upload the invoice itself.",
        sv: "Fakturafilens innehåll är ingen {claimed}-fil; ladda upp själva fakturan.",
        fr: "Le contenu du fichier de la facture n'est pas celui d'un fichier {claimed}; téléversez la facture elle-même.",
    }
    PortInvoiceTooOld {
        code: "port.invoice_too_old",
        severity: Error,
        article: "Port numbers, step 5",
        description: "The invoice must be from the last 30 days.",
        params: { age_days: i64, issued: CalendarDate, max_age_days: u32 },
        en: "The invoice is from {issued}, {age_days} days ago; it must be from the last {max_age_days} days.",
        sv: "Fakturan är från {issued}, för {age_days} dagar sedan; den måste vara från de senaste {max_age_days} dagarna.",
        fr: "La facture date du {issued}, il y a {age_days} jours; elle doit dater des {max_age_days} derniers jours.",
    }
    PortInvoiceFutureDate {
        code: "port.invoice_future_date",
        severity: Error,
        article: "Port numbers, step 5",
        description: "The invoice cannot be dated after today.",
        params: { issued: CalendarDate, today: CalendarDate },
        en: "The invoice date {issued} is after today ({today}).",
        sv: "Fakturadatumet {issued} är efter i dag ({today}).",
        fr: "La date de la facture, le {issued}, est postérieure à aujourd'hui ({today}).",
    }
    PortLoaMissingName {
        code: "port.loa_missing_name",
        severity: Error,
        article: "Port numbers, step 6",
        description: "The letter of agency needs the signer's first and last name.",
        params: { field: FormField },
        en: "Enter your {field} to sign the letter of agency.",
        sv: "Ange ditt {field} för att signera fullmakten (LOA).",
        fr: "Renseignement manquant pour signer la lettre d'autorisation : {field}.",
    }
    PortLoaSignerNotAuthorized {
        code: "port.loa_signer_not_authorized",
        severity: Error,
        article: "Port numbers, before you begin",
        description: "The letter of agency must be signed by the account owner or an authorised signer.",
        params: { #[optional] signer_role: &'static str },
        en: "The letter of agency must be signed by the account owner or an authorised signer.",
        sv: "Fullmakten (LOA) måste signeras av kontoägaren eller en behörig undertecknare.",
        fr: "La lettre d'autorisation doit être signée par le titulaire du compte ou par un signataire autorisé.",
    }
    PortDateInPast {
        code: "port.date_in_past",
        severity: Error,
        article: "Number policy — Port-In",
        description: "A port date cannot be in the past.",
        params: { date: CalendarDate, today: CalendarDate },
        en: "The port date {date} is before today ({today}).",
        sv: "Porteringsdatumet {date} är före i dag ({today}).",
        fr: "La date de transfert, le {date}, est antérieure à aujourd'hui ({today}).",
    }
    NoticePortInboundNumbers {
        code: "notice.port_inbound_numbers",
        severity: Info,
        article: "Port numbers, before you begin",
        description: "Consider every number that receives inbound calls when planning a port.",
        params: {},
        en: "When planning a port, consider every number that receives inbound calls.",
        sv: "Överväg alla nummer som tar emot inkommande samtal när du planerar porteringen.",
        fr: "En planifiant un transfert, pensez à tous les numéros qui reçoivent des appels entrants.",
    }
    NoticeVerifyBeforePublishing {
        code: "notice.verify_before_publishing",
        severity: Info,
        article: "Number policy — Port-In",
        description: "Verify the port completed before publishing ported numbers; no time-of-day guarantee.",
        params: {},
        en: "Verify that the port has completed before publishing the numbers; Cisco does not guarantee a time of day for the port.",
        sv: "Kontrollera att porteringen är klar innan numren publiceras; Cisco garanterar ingen specifik tid på dagen för porteringen.",
        fr: "Vérifiez que le transfert est terminé avant de publier les numéros; Cisco ne garantit pas l'heure du transfert.",
    }
    PortFocLocked {
        code: "port.foc_locked",
        severity: Error,
        article: "Number policy — rescheduling; Support",
        description: "After the FOC, port date changes go through PSTN technical support.",
        params: { desk: &'static str },
        en: "The firm order commitment (FOC) has been received: open a case with PSTN technical support to change the port date.",
        sv: "Fast orderåtagande (FOC) har tagits emot: öppna ett ärende hos PSTN teknisk support för att ändra porteringsdatumet.",
        fr: "La confirmation ferme de commande (FOC) a été reçue : ouvrez un dossier auprès du soutien technique RTPC pour changer la date de transfert.",
    }
    PortShortNoticeReschedule {
        code: "port.short_notice_reschedule",
        severity: Warning,
        article: "Number policy — rescheduling",
        description: "Rescheduling a port at short notice can cause an outage (interpretation: within 3 days).",
        params: { date: CalendarDate, days_until: i64, short_notice_days: u32 },
        en: "{date} is only {days_until} days away; rescheduling a port at short notice can cause an outage.",
        sv: "{date} är bara {days_until} dagar bort; att boka om en portering med kort varsel kan leda till driftavbrott.",
        fr: "Le {date} n'est que dans {days_until} jours; reporter un transfert à si court préavis peut causer une interruption de service.",
    }
    RemovalPartialBlock {
        code: "removal.partial_block",
        severity: Error,
        article: "Number policy — New number ordering",
        description: "Numbers of a block cannot be removed one by one; remove the whole block and order new numbers.",
        params: { #[optional] block_id: String, block_size: u64, first: String, missing: u64, removed: u64 },
        en: "[Block {block_id}|The block starting at {first}] of {block_size} numbers can only be removed whole: {missing} of its numbers are not in this removal. Remove the whole block and order new numbers.",
        sv: "[Blocket {block_id}|Blocket som börjar på {first}] med {block_size} nummer kan bara tas bort helt: {missing} av dess nummer ingår inte. Ta bort hela blocket och beställ nya nummer.",
        fr: "[Le bloc {block_id}|Le bloc commençant à {first}] de {block_size} numéros ne peut être retiré qu'en entier : {missing} de ses numéros ne font pas partie de ce retrait. Retirez le bloc entier et commandez de nouveaux numéros.",
    }
    RemovalNotInInventory {
        code: "removal.not_in_inventory",
        severity: Error,
        article: "Number policy — New number ordering",
        description: "Only numbers the location holds can be removed.",
        params: { number: String },
        en: "{number} is not one of the location's numbers.",
        sv: "{number} är inte ett av platsens nummer.",
        fr: "{number} ne fait pas partie des numéros de l'emplacement.",
    }
    BillingMissingDate {
        code: "billing.missing_date",
        severity: Error,
        article: "Billing",
        description: "The date billing starts from is missing.",
        params: { field: FormField, kind: &'static str },
        en: "Enter the {field}: billing for this item starts from it.",
        sv: "Ange {field}: faktureringen för posten börjar då.",
        fr: "Renseignement manquant : {field}. La facturation de cet élément commence à cette date.",
    }
    SupportUnknownTopic {
        code: "support.unknown_topic",
        severity: Error,
        article: "Support",
        description: "No support desk is known for this topic.",
        params: { #[optional] topic: String },
        en: "[No support desk is known for \"{topic}\"|Choose a support topic].",
        sv: "[Ingen supportavdelning är känd för \"{topic}\"|Välj ett supportämne].",
        fr: "[Aucun service de soutien n'est connu pour « {topic} »|Choisissez un sujet de soutien].",
    }
}

impl Rule {
    /// Finds a rule by its code.
    ///
    /// ```
    /// use callplan::Rule;
    /// assert_eq!(Rule::from_code("block.invalid_size"), Some(Rule::BlockInvalidSize));
    /// ```
    pub fn from_code(code: &str) -> Option<Rule> {
        Rule::ALL.iter().copied().find(|rule| rule.code() == code)
    }
}

/// A rule in JSON: its code, one of the catalogue's.
#[cfg(feature = "json-schema")]
impl schemars::JsonSchema for Rule {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "RuleCode".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let codes: Vec<&str> = Rule::ALL.iter().map(|rule| rule.code()).collect();
        schemars::json_schema!({ "type": "string", "enum": codes })
    }
}

impl Serialize for Rule {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_names_the_article_section_it_encodes_and_its_former_name_answers_the_same() {
        assert_eq!(Rule::NumberTollFree.article_section(), "Limitations");
        for rule in Rule::ALL {
            assert!(!rule.article_section().is_empty(), "{rule:?}");
            #[allow(deprecated, reason = "the former name must keep answering until 0.3")]
            let former = rule.seed_section();
            assert_eq!(former, rule.article_section());
        }
    }

    #[test]
    fn parameters_are_declared_in_the_order_json_writes_them() {
        for rule in Rule::ALL {
            let names = rule.param_names();
            let mut sorted = names.to_vec();
            sorted.sort_unstable();
            assert_eq!(names, sorted.as_slice(), "{}", rule.code());
        }
    }

    #[test]
    fn severity_names_are_the_json_names() {
        for (severity, name) in [
            (Severity::Error, "\"error\""),
            (Severity::Warning, "\"warning\""),
            (Severity::Info, "\"info\""),
        ] {
            assert_eq!(format!("\"{}\"", severity.as_str()), name);
            assert_eq!(serde_json::to_string(&severity).ok().as_deref(), Some(name));
        }
    }
}
