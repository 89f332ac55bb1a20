import {
  libelleLisible,
  REPERE_OUTIL,
  sourceLisible,
  texteLisible,
} from "../../../src/domain/indicateurs/lisible";
import { FAMILLES } from "../../../src/domain/indicateurs";
import { CONTROLES } from "../../../src/domain/controles";

/** Textes pour un gestionnaire : sans étiquettes [INFÉRENCE], renvois aux documents ni clés brutes. */

const TECHNIQUE = /\[(CONFIRMÉ|CONNAISSANCE|INFÉRENCE)\]|\.md\b|§/;

describe("sourceLisible", () => {
  it.each([
    ["indicateurs.md §6 [INFÉRENCE]", "Repère proposé par l'outil, à confirmer avec l'ARS"],
    [
      "DREES, Les dossiers n° 36 (2019) [CONFIRMÉ] ; seuil [INFÉRENCE]",
      `DREES, Les dossiers n° 36 (2019) ; seuil (${REPERE_OUTIL})`,
    ],
    [
      "Guide méthodologique CPOM PH, ARS Pays de la Loire, Annexe 4 [CONFIRMÉ]",
      "Guide méthodologique CPOM PH, ARS Pays de la Loire, Annexe 4",
    ],
    ["Arrêté du 10 avril 2019 (indicateurs.md §5.4) [CONFIRMÉ]", "Arrêté du 10 avril 2019"],
    ["[INFÉRENCE]", "Repère proposé par l'outil, à confirmer avec l'ARS"],
    ["referentiels.md §4.1 [CONFIRMÉ]", "Règles de numérotation FINESS"],
    ["[CONNAISSANCE]", "Modèle du Diagnostic CPOM et référentiels publics (FINESS, ARS)"],
    [
      "Art. D6145-70 CSP, critère transposé [CONFIRMÉ / INFÉRENCE]",
      `Art. D6145-70 CSP, critère transposé (${REPERE_OUTIL})`,
    ],
  ])("%s → %s", (brut, lisible) => {
    expect(sourceLisible(brut)).toBe(lisible);
  });

  it("aucune source de seuil d'indicateur ni de contrôle ne garde d'étiquette ou de renvoi", () => {
    const sources = [
      ...FAMILLES.flatMap((f) => f.definitions.flatMap((d) => d.seuils.map((s) => s.source))),
      ...CONTROLES.flatMap((c) => (c.meta.source ? [c.meta.source] : [])),
    ];
    const restes = sources.map(sourceLisible).filter((s) => TECHNIQUE.test(s) || s === "");
    expect(restes).toEqual([]);
  });
});

describe("libelleLisible", () => {
  it.each([
    ["internat esat", "Internat, orientation ESAT"],
    ["semi-internat foyer-de-vie", "Semi-internat, orientation foyer de vie"],
    ["esat", "Orientation ESAT"],
    ["internat", "Internat"],
    [
      "IME Les Chênes semi-internat mas = 0 ; IME internat fam = 1",
      "IME Les Chênes semi-internat, orientation MAS = 0 ; IME internat, orientation FAM = 1",
    ],
    ["Organisme", "Organisme"],
  ])("%s → %s", (brut, lisible) => {
    expect(libelleLisible(brut)).toBe(lisible);
  });
});

describe("texteLisible", () => {
  it("retire étiquettes et renvois d'une explication", () => {
    expect(
      texteLisible("Part (IME) = a / b → 4,2 % (voir indicateurs.md §6 [INFÉRENCE])."),
    ).not.toMatch(TECHNIQUE);
  });
});
