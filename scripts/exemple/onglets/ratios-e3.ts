import type { Valeur } from "../contexte";
import { FORMATS } from "../styles";
import { divSi } from "./calculs";

/** Lignes calculées de E3 : libellé, formule (adresses par code) et calcul du cache. */
type Ref = (code: string) => string;
type Val = (code: string) => number;
export const RATIOS: readonly (readonly [
  string,
  string,
  string,
  (r: Ref) => string,
  (x: Val) => Valeur,
])[] = [
  [
    "fri",
    "Fonds de roulement d'investissement (FRI)",
    FORMATS.euros,
    (r) => `${r("B1")}+${r("B3")}-${r("B4")}`,
    (x) => x("B1") + x("B3") - x("B4"),
  ],
  [
    "fre",
    "Fonds de roulement d'exploitation (FRE)",
    FORMATS.euros,
    (r) => `${r("B9")}-${r("B10")}`,
    (x) => x("B9") - x("B10"),
  ],
  [
    "frng",
    "Fonds de roulement net global (FRNG)",
    FORMATS.euros,
    (r) => `${r("fri")}+${r("fre")}`,
    (x) => x("fri") + x("fre"),
  ],
  [
    "bfr",
    "Besoin en fonds de roulement (BFR)",
    FORMATS.euros,
    (r) => `${r("B11")}-${r("B12")}`,
    (x) => x("B11") - x("B12"),
  ],
  [
    "tresorerie",
    "Trésorerie (FRNG − BFR)",
    FORMATS.euros,
    (r) => `${r("frng")}-${r("bfr")}`,
    (x) => x("frng") - x("bfr"),
  ],
  ...(["frng", "bfr", "tresorerie"] as const).map(
    (k) =>
      [
        `${k}-jours`,
        `${k === "tresorerie" ? "Trésorerie" : k.toUpperCase()} en jours de charges courantes`,
        FORMATS.jours,
        (r: Ref) =>
          `IF((${r("C1")}-${r("C2")}-${r("C3")})=0,"",${r(k)}*365/(${r("C1")}-${r("C2")}-${r("C3")}))`,
        (x: Val) => {
          const c = x("C1") - x("C2") - x("C3");
          return c === 0 ? "" : (x(k) * 365) / c;
        },
      ] as const,
  ),
  [
    "caf",
    "Capacité d'autofinancement (CAF)",
    FORMATS.euros,
    (r) => `${r("R1")}+${r("C2")}-${r("P2")}-${r("P3")}+${r("C3")}-${r("P4")}-${r("P5")}`,
    (x) => x("R1") + x("C2") - x("P2") - x("P3") + x("C3") - x("P4") - x("P5"),
  ],
  [
    "taux-caf",
    "Taux de CAF (CAF / produits courants)",
    FORMATS.pourcent,
    (r) => {
      const prod = `(${r("P1")}-${r("P3")}-${r("P4")}-${r("P5")}-${r("P2")}-${r("P6")})`;
      return `IF(${prod}=0,"",${r("caf")}/${prod})`;
    },
    (x) => divSi(x("caf"), x("P1") - x("P3") - x("P4") - x("P5") - x("P2") - x("P6")),
  ],
  [
    "vetuste-constructions",
    "Taux de vétusté des constructions",
    FORMATS.pourcent,
    (r) => `IF(${r("B5")}=0,"",${r("B6")}/${r("B5")})`,
    (x) => divSi(x("B6"), x("B5")),
  ],
  [
    "vetuste-equipements",
    "Taux de vétusté des installations et équipements",
    FORMATS.pourcent,
    (r) => `IF(${r("B7")}=0,"",${r("B8")}/${r("B7")})`,
    (x) => divSi(x("B8"), x("B7")),
  ],
  [
    "taux-endettement",
    "Taux d'endettement",
    FORMATS.pourcent,
    (r) => `IF((${r("B1")}+${r("B9")})=0,"",${r("B2")}/(${r("B1")}+${r("B9")}))`,
    (x) => divSi(x("B2"), x("B1") + x("B9")),
  ],
  [
    "independance-financiere",
    "Indépendance financière",
    FORMATS.pourcent,
    (r) => `IF(${r("B1")}=0,"",${r("B2")}/${r("B1")})`,
    (x) => divSi(x("B2"), x("B1")),
  ],
  [
    "duree-dette",
    "Durée apparente de la dette (années)",
    "0.0",
    (r) => `IF(${r("caf")}<=0,"",${r("B2")}/${r("caf")})`,
    (x) => (x("caf") <= 0 ? "" : x("B2") / x("caf")),
  ],
];
