import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { Dossier, empreinte } from "./outils/classeurs";
import { lancer, type Resultat } from "./outils/lancer";
import { classeurEnvoye, DECALAGES, retour, tronque, type Mutation } from "./outils/retours";

/**
 * `relire` sur un lot de 56 retours générés (décalés, modifiés, d'un autre organisme, illisibles),
 * avec les classeurs envoyés en référence : appariement, valeurs pré-renseignées modifiées
 * (exactement les semées), illisibles signalés, rapports créés, rien de modifié ni d'écrasé.
 */
jest.setTimeout(240_000);

const dossier = new Dossier();
const retours = dossier.fichier("retours");
const envois = dossier.fichier("envois");
let r: Resultat;
let avant: Map<string, string>;
let doc: {
  fichiers: {
    fichier: string;
    statut: string;
    erreur?: { code: string };
    reference: string | null;
    empreinte: string;
    prerenseignees_modifiees: Record<string, unknown>[];
    constats: { controle: string }[];
  }[];
  resume: Record<string, number>;
};

const SEMEES: Mutation[] = [
  { kind: "valeur", onglet: "2-B FLASH", cellule: "D6", valeur: 0.5 },
  { kind: "valeur", onglet: "2-C ANAP", cellule: "E7", valeur: 0.42 },
  { kind: "valeur", onglet: "2-C ANAP", cellule: "F8", valeur: "@SOMME(A1)" },
];
const AUTRE = {
  kind: "organisme",
  raisonSociale: "Association Autre Horizon",
  finess: "440000024",
} as const;
/** Comme `lancer`, avec un tampon à la taille du JSON de 56 analyses complètes. */
function lancerGros(args: readonly string[]): Resultat {
  const tsx = require.resolve("tsx/cli");
  const entree = join(__dirname, "outils", "entree.ts");
  const p = spawnSync(process.execPath, [tsx, entree, ...args], {
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: "" },
    timeout: 200_000,
    maxBuffer: 512 * 1024 * 1024,
  });
  if (p.error) throw p.error;
  return { code: p.status, stdout: p.stdout, stderr: p.stderr };
}

const nom = (i: number) => `retour-${String(i).padStart(2, "0")}.xlsx`;

beforeAll(async () => {
  mkdirSync(retours);
  mkdirSync(join(retours, "sous-dossier"));
  mkdirSync(envois);
  const envoi = await classeurEnvoye();
  dossier.ecrire("envois/envoi-horizons.xlsx", envoi);
  dossier.ecrire("envois/envoi-autre.xlsx", await retour(envoi, [AUTRE]));
  const variantes = await Promise.all(
    DECALAGES.map((_, i) => retour(envoi, DECALAGES.slice(0, i + 1))),
  );
  for (let i = 0; i < 46; i++)
    dossier.ecrire(`retours/${nom(i)}`, variantes[i % variantes.length]!);
  const seme = await retour(envoi, [...SEMEES, ...DECALAGES]);
  for (let i = 46; i < 50; i++) dossier.ecrire(`retours/sous-dossier/${nom(i)}`, seme);
  dossier.ecrire(`retours/${nom(50)}`, await retour(envoi, [AUTRE, SEMEES[0]!]));
  dossier.ecrire(`retours/${nom(51)}`, await retour(envoi, [AUTRE]));
  dossier.ecrire(`retours/${nom(52)}`, tronque(envoi));
  dossier.ecrire(`retours/${nom(53)}`, "FINESS;Nom\n440000024;IME\n");
  dossier.ecrire(`retours/${nom(54)}`, "");
  dossier.ecrire(`retours/~$${nom(0)}`, "verrou d'Excel");
  dossier.ecrire(`retours/${nom(55)}`, envoi);
  avant = new Map(
    [...Array(56).keys()].map((i) => {
      const f = i >= 46 && i < 50 ? `retours/sous-dossier/${nom(i)}` : `retours/${nom(i)}`;
      return [dossier.fichier(f), empreinte(dossier.fichier(f))];
    }),
  );
  r = lancerGros([
    "relire",
    retours,
    "--reference",
    envois,
    "--json",
    "--rapport",
    dossier.fichier("bilan.xlsx"),
    "--rapport",
    dossier.fichier("bilan.html"),
  ]);
  doc = JSON.parse(r.stdout);
});
afterAll(() => dossier.supprimer());

const fichier = (i: number) => doc.fichiers.find((f) => f.fichier.endsWith(nom(i)))!;

describe("relire : un lot de 56 retours", () => {
  it("lit tout le dossier (sous-dossiers compris, sans les verrous ~$), code 2 à cause des illisibles", () => {
    expect(doc.fichiers).toHaveLength(56);
    expect(doc.resume.fichiers).toBe(56);
    expect(doc.resume.illisibles).toBe(3);
    expect(r.code).toBe(2);
  });

  it.each([
    [52, "endommage"],
    [53, "pas-un-classeur"],
    [54, "fichier-vide"],
  ])("le fichier %i est illisible (%s) et le lot continue", (i, code) => {
    expect(fichier(i).statut).toBe("illisible");
    expect(fichier(i).erreur?.code).toBe(code);
  });

  it("zéro fausse différence sur les 46 retours décalés et sur la copie intacte", () => {
    for (const i of [...Array(46).keys(), 51, 55]) {
      expect([i, fichier(i).prerenseignees_modifiees]).toEqual([i, []]);
    }
  });

  it("les valeurs semées sont listées, clés du schéma exactes", () => {
    for (let i = 46; i < 50; i++) {
      const m = fichier(i).prerenseignees_modifiees;
      expect(m).toHaveLength(3);
      for (const x of m)
        expect(Object.keys(x).sort()).toEqual([
          "cellule",
          "esms",
          "mesure",
          "onglet",
          "reference",
          "valeur",
        ]);
    }
    expect(fichier(46).prerenseignees_modifiees).toContainEqual({
      onglet: "2-B FLASH",
      cellule: "D8",
      esms: "440020139",
      mesure: "Part des personnes accompagnées ayant un projet personnalisé formalisé",
      reference: 0.909,
      valeur: 0.5,
    });
    expect(doc.resume.prerenseignees_modifiees).toBe(4 * 3 + 1);
  });

  it("appariement par FINESS juridique : chaque retour à son classeur envoyé", () => {
    expect(fichier(0).reference).toMatch(/envoi-horizons\.xlsx$/);
    expect(fichier(50).reference).toMatch(/envoi-autre\.xlsx$/);
    expect(fichier(50).prerenseignees_modifiees).toHaveLength(1);
    expect(fichier(0).empreinte).toBe("absente");
    expect(fichier(0).constats.some((c) => c.controle.startsWith("relecture/"))).toBe(false);
  });

  it("progression sur la sortie d'erreur, rapports créés, aucun classeur modifié", () => {
    expect(r.stderr).toMatch(/58\/58/);
    expect(r.stderr).toMatch(/reste ≈/);
    expect(existsSync(dossier.fichier("bilan.xlsx"))).toBe(true);
    expect(existsSync(dossier.fichier("bilan.html"))).toBe(true);
    for (const [f, e] of avant) expect([f, empreinte(f)]).toEqual([f, e]);
  });

  it("un rapport existant n'est jamais écrasé : refus en français, code 2, rien sur stdout", () => {
    const e = empreinte(dossier.fichier("bilan.xlsx"));
    const again = lancer([
      "relire",
      join(retours, nom(0)),
      "--rapport",
      dossier.fichier("bilan.xlsx"),
    ]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/existe déjà : il n'est jamais écrasé/);
    expect(again.stdout).toBe("");
    expect(empreinte(dossier.fichier("bilan.xlsx"))).toBe(e);
  });

  it("un rapport qui serait un classeur lu est refusé", () => {
    const lu = join(retours, nom(0));
    const avantLu = empreinte(lu);
    const refus = lancer(["relire", join(retours, nom(1)), "--reference", lu, "--rapport", lu]);
    expect(refus.code).toBe(2);
    expect(refus.stderr).toMatch(/est un classeur lu .* n'est jamais réécrit/);
    expect(empreinte(lu)).toBe(avantLu);
  });
});
