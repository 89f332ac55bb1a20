import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fusionDe } from "../../../src/domain/classeur/cellule";
import type { DiagnosticRepere } from "../../../src/domain/classeur/modele";
import { localiser, reconnaitreOnglets } from "../../../src/domain/classeur/reconnaissance";
import type { WorkbookSnapshot } from "../../../src/domain/classeur/snapshot";
import { saisiesDuRepere } from "../../../src/domain/controles";
import { completude, marcheDesZones, phraseDeZone } from "../../../src/domain/saisie";
import { annexe1, axe, creton, repere } from "../controles/fabrique";

/**
 * La marche des zones (ADR 0023) : une seule définition des zones de saisie, que la complétude et
 * les contrôles projettent. Sur les classeurs d'exemple, chaque zone a ses champs et les deux
 * consommateurs voient les mêmes cellules ; sur des modèles construits, l'ordre, le drapeau
 * « obligatoire » et les phrases des constats.
 */

const EXEMPLES = join(__dirname, "..", "..", "..", "assets", "exemples");
const instantanes = readdirSync(EXEMPLES)
  .filter((f) => f.endsWith(".instantane.json"))
  .sort();

describe.each(instantanes)("marche des zones — %s", (fichier) => {
  const snapshot = JSON.parse(readFileSync(join(EXEMPLES, fichier), "utf8")) as WorkbookSnapshot;
  const onglets = reconnaitreOnglets(snapshot);
  const r = localiser(snapshot, onglets);
  const marche = marcheDesZones(r);
  const c = completude(snapshot, onglets, r, marche);
  const feuilles = new Map(snapshot.sheets.map((s) => [s.id, s]));
  const ancre = (l: { sheetId: string; row: number; col: number }): string => {
    const sheet = feuilles.get(l.sheetId);
    const f = sheet ? fusionDe(sheet, l.row, l.col) : undefined;
    return `${l.sheetId}:${f ? f.top : l.row}:${f ? f.left : l.col}`;
  };

  it("a des zones, et chaque zone a ses champs, tous de son onglet", () => {
    expect(marche.zones.length).toBeGreaterThan(10);
    for (const z of marche.zones) {
      expect([z.cle, z.champs.length > 0]).toEqual([z.cle, true]);
      for (const ch of z.champs) expect(ch.champ.location.sheetId).toBe(z.onglet.sheetId);
    }
  });

  it("la complétude rend les zones de la marche, dans son ordre", () => {
    expect(c.parZone.map((z) => [z.cle, z.libelle, z.sheetId])).toEqual(
      marche.zones.map((z) => [z.cle, z.libelle, z.onglet.sheetId]),
    );
  });

  it("les contrôles voient les champs bleus de la marche, dans son ordre, avec leur zone", () => {
    const attendu = marche.champs
      .filter((ch) => ch.controle && ch.champ.saisie)
      .map((ch) => [ch.champ, phraseDeZone(ch.zone.phrase), ch.zone.onglet]);
    const saisies = saisiesDuRepere(r);
    expect(saisies.length).toBeGreaterThan(500);
    expect(saisies.map((s) => [s.champ, s.zone, s.onglet])).toEqual(attendu);
  });

  it("complétude et contrôles comptent les mêmes cellules bleues dans chaque zone", () => {
    const parZone = new Map(c.parZone.map((z) => [z.cle, z]));
    for (const z of marche.zones) {
      const bleues = new Set(
        z.champs.filter((ch) => ch.champ.saisie).map((ch) => ancre(ch.champ.location)),
      );
      // Les contrôles lisent toutes ces cellules, sauf l'identité d'une ligne Creton.
      const controlees = new Set(
        z.champs
          .filter((ch) => ch.champ.saisie && ch.controle)
          .map((ch) => ancre(ch.champ.location)),
      );
      const identiteCreton = z.champs.filter((ch) => !ch.controle);
      if (identiteCreton.length > 0) expect(z.phrase.code).toBe("zone/creton");
      else expect(controlees).toEqual(bleues);
      expect([z.cle, parZone.get(z.cle)?.total]).toEqual([z.cle, bleues.size]);
    }
  });
});

const phrases = (r: DiagnosticRepere) =>
  saisiesDuRepere(r).map((s) => `${s.zone}${s.obligatoire ? " *" : ""}`);

describe("marche des zones — modèles construits", () => {
  const cas: readonly [string, DiagnosticRepere, readonly string[], readonly string[]][] = [
    [
      "ESMS des deux secteurs mêlés : contrôles dans l'ordre des lignes, zones Enfance puis Adultes",
      repere({
        annexe1: annexe1({
          organisme: { "raison-sociale": "OG", site: null },
          esms: [
            { secteur: "adultes", finess: "440000001", nom: "ESAT" },
            { secteur: "enfance", finess: null, nom: null },
            { secteur: "adultes", nom: "FAM", capacite: 12 },
          ],
        }),
      }),
      ["id-Annexe 1#organisme", "id-Annexe 1#esms-enfance", "id-Annexe 1#esms-adultes"],
      [
        "la section « Organisme gestionnaire » *",
        "la section « Organisme gestionnaire »",
        "le tableau des ESMS adultes *",
        "le tableau des ESMS adultes *",
        // Ligne vide : en réserve, rien d'obligatoire.
        "le tableau des ESMS enfance",
        "le tableau des ESMS enfance",
        "le tableau des ESMS adultes *",
        "le tableau des ESMS adultes *",
      ],
    ],
    [
      "axe d'un secteur absent de l'Annexe 1 : rien d'obligatoire ; cases et encarts facultatifs",
      repere({
        annexe1: annexe1({ esms: [{ secteur: "adultes", nom: "FAM" }] }),
        axes: [
          axe("axe-1-1", [
            { intitule: "Scolarisation", questions: [{ type: "liste", reponses: [null] }] },
          ]),
          axe("axe-1-2", [
            {
              intitule: "Habitat",
              questions: [
                { type: "texte", reponses: [null] },
                { type: "case", reponses: [null, true] },
              ],
              encarts: { "points-forts": null },
            },
          ]),
        ],
      }),
      [
        "id-Annexe 1#organisme",
        "id-Annexe 1#esms-adultes",
        "id-axe-1-1#thematique-1",
        "id-axe-1-2#thematique-1",
      ],
      [
        "le tableau des ESMS adultes *",
        "la thématique 1 « Scolarisation »",
        "la thématique 1 « Habitat » *",
        "la thématique 1 « Habitat »",
        "la thématique 1 « Habitat »",
        "la thématique 1 « Habitat »",
      ],
    ],
    [
      "Creton : FINESS et nom comptés par la complétude, pas lus par les contrôles de saisie",
      repere({
        creton2f: creton([{ finess: "440000001", nom: "IME", valeurs: { "internat:esat": 2 } }]),
      }),
      ["id-2-F#creton"],
      ["le tableau Creton *"],
    ],
  ];

  it.each(cas)("%s", (_nom, r, zones, attendues) => {
    expect(marcheDesZones(r).zones.map((z) => z.cle)).toEqual(zones);
    expect(phrases(r)).toEqual(attendues);
  });

  it("thématique sans numéro : une seule espace dans la phrase", () => {
    const a = axe("axe-1-2", [
      { intitule: "Habitat", questions: [{ type: "texte", reponses: [null] }] },
    ]);
    const t = a.thematiques[0]!;
    const r = repere({
      annexe1: annexe1({ esms: [{ secteur: "adultes", nom: "FAM" }] }),
      axes: [{ ...a, thematiques: [{ ...t, numero: null }] }],
    });
    expect(phrases(r)).toEqual(["le tableau des ESMS adultes *", "la thématique « Habitat » *"]);
  });
});
