//! Words that messages take from their findings [POLICY §6]: what a country calls its
//! states and postal codes and how they are written, and what the policy refuses of a
//! toll-free number. Each is a [`Phrase`] in every language of the catalogue (English, Swedish, Canadian French), chosen by the
//! check (a `#[message_only]` parameter), never written in `params`.

use crate::catalogue::declare::Phrase;
use crate::catalogue::policy::Country;

/// What a state code of `country` is: "a US state", "a Canadian province or territory".
pub(crate) fn state_place(country: Country) -> &'static Phrase {
    match country {
        Country::US => &Phrase {
            en: "a US state",
            sv: "en amerikansk delstat",
            fr: "un État américain",
        },
        Country::CA => &Phrase {
            en: "a Canadian province or territory",
            sv: "en kanadensisk provins eller ett kanadensiskt territorium",
            fr: "une province ou un territoire du Canada",
        },
    }
}

/// How a state code of `country` is written.
pub(crate) fn state_format(country: Country) -> &'static Phrase {
    match country {
        Country::US => &Phrase {
            en: "use the two-letter USPS code of one of the 50 states or DC",
            sv: "använd USPS-koden med två bokstäver för en av de 50 delstaterna eller DC",
            fr: "utilisez le code USPS à deux lettres de l'un des 50 États ou du DC",
        },
        Country::CA => &Phrase {
            en: "use the two-letter Canada Post code: AB, BC, MB, NB, NL, NS, NT, NU, ON, PE, QC, SK or YT",
            sv: "använd Canada Posts kod med två bokstäver: AB, BC, MB, NB, NL, NS, NT, NU, ON, PE, QC, SK eller YT",
            fr: "utilisez le code à deux lettres de Postes Canada : AB, BC, MB, NB, NL, NS, NT, NU, ON, PE, QC, SK ou YT",
        },
    }
}

/// What a postal code of `country` is: "a ZIP code", "a Canadian postal code".
pub(crate) fn zip_place(country: Country) -> &'static Phrase {
    match country {
        Country::US => &Phrase {
            en: "a ZIP code",
            sv: "ett ZIP-nummer",
            fr: "un code ZIP",
        },
        Country::CA => &Phrase {
            en: "a Canadian postal code",
            sv: "ett kanadensiskt postnummer",
            fr: "un code postal canadien",
        },
    }
}

/// How a postal code of `country` is written.
pub(crate) fn zip_format(country: Country) -> &'static Phrase {
    match country {
        Country::US => &Phrase {
            en: "write 5 digits, or 5 digits, a hyphen and 4 digits",
            sv: "skriv 5 siffror, eller 5 siffror, bindestreck och 4 siffror",
            fr: "écrivez 5 chiffres, ou 5 chiffres, un trait d'union et 4 chiffres",
        },
        Country::CA => &Phrase {
            en: "write letter, digit, letter, a space, then digit, letter, digit, as in K1A 0B1",
            sv: "skriv bokstav, siffra, bokstav, ett mellanslag och sedan siffra, bokstav, siffra, som i K1A 0B1",
            fr: "écrivez lettre, chiffre, lettre, une espace, puis chiffre, lettre, chiffre, comme dans K1A 0B1",
        },
    }
}

/// What an area code searched in `country` must be.
pub(crate) fn area_code_place(country: Country) -> &'static Phrase {
    match country {
        Country::US => &Phrase {
            en: "a US geographic area code",
            sv: "ett geografiskt riktnummer i USA",
            fr: "un indicatif régional géographique des États-Unis",
        },
        Country::CA => &Phrase {
            en: "a Canadian geographic area code",
            sv: "ett geografiskt riktnummer i Kanada",
            fr: "un indicatif régional géographique du Canada",
        },
    }
}

/// What the policy refuses of a toll-free number used one way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TollFreeRefusal {
    /// The policy takes toll-free numbers nowhere (`seed-2024`).
    Everywhere,
    /// Not one by one.
    Single,
    /// Not inside a block.
    Block,
    /// Not ported in.
    Port,
}

impl TollFreeRefusal {
    /// The words of the refusal.
    pub(crate) fn phrase(self) -> &'static Phrase {
        match self {
            TollFreeRefusal::Everywhere => &Phrase {
                en: "toll-free numbers are not available with Cisco Calling Plan",
                sv: "avgiftsfria nummer är inte tillgängliga med Ciscos samtalsplan",
            fr: "les numéros sans frais ne sont pas offerts avec le forfait d'appels Cisco",
            },
            TollFreeRefusal::Single => &Phrase {
                en: "this policy does not allow toll-free numbers one by one",
                sv: "den här policyn tillåter inte avgiftsfria nummer ett och ett",
            fr: "cette politique ne permet pas les numéros sans frais un à un",
            },
            TollFreeRefusal::Block => &Phrase {
                en: "toll-free numbers cannot be ordered as a block",
                sv: "avgiftsfria nummer kan inte beställas som ett block",
            fr: "les numéros sans frais ne peuvent pas être commandés en bloc",
            },
            TollFreeRefusal::Port => &Phrase {
                en: "toll-free numbers cannot be ported to Cisco Calling Plan",
                sv: "avgiftsfria nummer kan inte porteras till Ciscos samtalsplan",
            fr: "les numéros sans frais ne peuvent pas être transférés au forfait d'appels Cisco",
            },
        }
    }
}
