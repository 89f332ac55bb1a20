import { createHash } from "node:crypto";
import {
  ecrireEmpreinte,
  lireEmpreinte,
  sha256,
  type ValeurPrerenseignee,
} from "../../../src/domain/relecture";

/** Empreinte (ADR 0012) : aller-retour exact, toute retouche détectée, condensé conforme. */

const v = (cle: string, valeur: ValeurPrerenseignee["valeur"]): ValeurPrerenseignee => ({
  cle,
  typeOnglet: "anap-2c",
  sheetId: "1",
  onglet: "2-C ANAP",
  row: 5,
  col: 3,
  cellule: "D6",
  esms: "440020139",
  esmsLibelle: 'IME « Les Pins » & <Cie> "quote"\n',
  mesure: "Taux d'occupation",
  valeur,
});

const VALEURS = [
  v("a", 0.961),
  v("b", "Oui"),
  v("c", null),
  v("d", true),
  v("e", "=1+1 <b>&amp;</b>\u0001"),
  v("f", 1e-12),
];
const XML = ecrireEmpreinte(VALEURS, { outil: "test", date: "2026-12-15" });

describe("empreinte", () => {
  it.each(["", "abc", "é€😀", "x".repeat(1000), "a".repeat(55), "a".repeat(64)])(
    "sha256(%#) comme node:crypto",
    (t) => expect(sha256(t)).toBe(createHash("sha256").update(t).digest("hex")),
  );

  it("aller-retour : valeurs et types identiques (caractère de commande remplacé)", () => {
    const e = lireEmpreinte(XML);
    expect(e.kind).toBe("valide");
    if (e.kind !== "valide") return;
    expect(e.valeurs.map((x) => x.valeur)).toEqual([
      0.961,
      "Oui",
      null,
      true,
      "=1+1 <b>&amp;</b>\ufffd",
      1e-12,
    ]);
    expect(e.valeurs[0]!.esmsLibelle).toBe(VALEURS[0]!.esmsLibelle);
  });

  it.each([
    ["absente", null, "absente"],
    ["autre espace de noms", "<autre xmlns='urn:x'/>", "absente"],
    ["valeur changée", XML.replace(">0.961<", ">0.5<"), "alteree"],
    ["valeur retirée", XML.replace(/\n {2}<v k="b"[^\n]*/, ""), "alteree"],
    ["condensé changé", XML.replace(/controle="[0-9a-f]+"/, 'controle="0"'), "alteree"],
    ["type changé", XML.replace('t="n">0.961', 't="s">0.961'), "alteree"],
    ["version inconnue", XML.replace('version="1"', 'version="9"'), "alteree"],
  ])("%s → %s", (_, xml, etat) => {
    expect(lireEmpreinte(xml).kind).toBe(etat);
  });
});
