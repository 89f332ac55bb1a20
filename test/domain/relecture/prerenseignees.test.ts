import { reconnaitreOnglets } from "../../../src/domain/classeur/reconnaissance";
import {
  collecterPrerenseignees,
  comparerPrerenseignees,
  type ValeurPrerenseignee,
} from "../../../src/domain/relecture";
import { lireClasseurXlsx } from "../../../src/gateway/xlsx/lire-xlsx";
import { classeurEnvoye, DECALAGES, retour, type Mutation } from "../../cli/outils/retours";

/**
 * Valeurs pré-renseignées appariées par identité (type d'onglet, ESMS, mesure) : toutes les
 * modifications semées sont trouvées, avec leur nouvelle adresse, même après des lignes et une
 * colonne insérées ; un retour seulement décalé ne donne aucune différence.
 */
jest.setTimeout(60_000);

async function valeurs(octets: Buffer): Promise<ValeurPrerenseignee[]> {
  const s = await lireClasseurXlsx(new Uint8Array(octets));
  return collecterPrerenseignees(s, reconnaitreOnglets(s));
}

let envoi: Buffer;
let envoyees: ValeurPrerenseignee[];
beforeAll(async () => {
  envoi = await classeurEnvoye();
  envoyees = await valeurs(envoi);
});

const SEMEES: readonly (Mutation & { kind: "valeur" })[] = [
  { kind: "valeur", onglet: "2-B FLASH", cellule: "D6", valeur: 0.5 },
  { kind: "valeur", onglet: "2-B FLASH", cellule: "F7", valeur: "Non" },
  { kind: "valeur", onglet: "2-C ANAP", cellule: "E6", valeur: 0.999 },
  { kind: "valeur", onglet: "2-C ANAP", cellule: "R12", valeur: null },
  { kind: "valeur", onglet: "2-C ANAP", cellule: "F9", valeur: "=1+1" },
  { kind: "valeur", onglet: "2-G Départementaux", cellule: "D7", valeur: 0.97 },
];

describe("valeurs pré-renseignées du classeur envoyé", () => {
  it("2-B (hors ESMS saisis par l'organisme), 2-C en entier et « sans objet » de 2-G, identités uniques", () => {
    const par = (o: string) => envoyees.filter((v) => v.typeOnglet === o).length;
    expect(par("anap-2c")).toBe(8 * 15);
    expect(par("flash-2b")).toBeGreaterThanOrEqual(40);
    expect(par("departementaux-2g")).toBe(3);
    expect(new Set(envoyees.map((v) => v.cle)).size).toBe(envoyees.length);
    expect(envoyees.some((v) => v.cle.includes("#"))).toBe(false);
  });

  it("identité : FINESS de la ligne et en-tête de colonne", () => {
    const d6 = envoyees.find((v) => v.onglet === "2-B FLASH" && v.cellule === "D6");
    expect(d6).toMatchObject({
      esms: "440020139",
      esmsLibelle: "IME Les Grands Chênes",
      mesure: "Part des personnes accompagnées ayant un projet personnalisé formalisé",
    });
  });
});

describe("retour comparé à l'envoi", () => {
  it("un retour seulement décalé (lignes et colonne insérées) : aucune différence", async () => {
    const decale = await valeurs(await retour(envoi, DECALAGES));
    expect(comparerPrerenseignees(envoyees, decale)).toEqual([]);
    expect(decale.find((v) => v.cle === envoyees[0]!.cle)?.cellule).not.toBe(envoyees[0]!.cellule);
  });

  it("toutes les valeurs semées sont listées, à leur nouvelle adresse, et elles seules", async () => {
    const recu = await valeurs(await retour(envoi, [...SEMEES, ...DECALAGES]));
    const ecarts = comparerPrerenseignees(envoyees, recu);
    const attendues = SEMEES.map((s) =>
      envoyees.find((v) => v.onglet === s.onglet && v.cellule === s.cellule)!,
    );
    expect(ecarts.map((e) => e.cle).sort()).toEqual(attendues.map((a) => a.cle).sort());
    const d6 = ecarts.find((e) => e.cle === attendues[0]!.cle)!;
    expect(d6).toMatchObject({ onglet: "2-B FLASH", cellule: "D8", reference: 0.909, valeur: 0.5 });
    const vide = ecarts.find((e) => e.cle === attendues[3]!.cle)!;
    expect(vide.valeur).toBeNull();
    expect(ecarts.find((e) => e.cle === attendues[1]!.cle)).toMatchObject({
      reference: "Oui",
      valeur: "Non",
    });
    // 2-G n'est pas repéré par le modèle : l'identité vient des libellés voisins.
    expect(ecarts.find((e) => e.onglet === "2-G Départementaux")).toMatchObject({
      esms: "440032050",
      mesure: "Taux d'occupation de l'hébergement",
      reference: "sans objet",
      valeur: 0.97,
    });
  });
});
