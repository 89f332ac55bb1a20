/**
 * Écrivain commun des cinq onglets d'axes (Annexe 2-A) : colonne de codes masquée (A), question
 * fusionnée B:E, réponse de liste dans une fusion de deux cellules (F:G), cases « ☐ item » avec
 * cellule VRAI/FAUX liée, encarts à gauche d'une zone, côte à côte, ou une seule fois en bas.
 */
import type ExcelJS from "exceljs";
import { bandeau, largeurs, libelle, ligneThematique } from "./cellules";
import { normaliser, type Enregistreur, type Valeur } from "./enregistreur";
import { FORMATS, PRE_REMPLI, type Saisie } from "./styles";

export type Question =
  | {
      readonly code: string;
      readonly type: "L" | "T" | "N" | "D";
      readonly texte: string;
      readonly reponse?: Valeur;
    }
  | {
      readonly code: string;
      readonly type: "C";
      readonly texte: string;
      readonly items: readonly (readonly [string, boolean | undefined])[];
    };

export type Encarts = readonly [string?, string?, string?, string?];

export interface Thematique {
  readonly titre: string;
  readonly questions: readonly Question[];
  readonly encarts?: Encarts;
  readonly mobilisable?: {
    readonly texte: string;
    readonly formule: string;
    readonly resultat: number | string;
    readonly format: string;
  };
  readonly erreur?: {
    readonly code: string;
    readonly controle: string;
    readonly description: string;
  };
}

export interface DefinitionAxe {
  readonly nom: string;
  readonly type: string;
  readonly titre: string;
  readonly sousTitre: string;
  readonly perimetre: "enfance" | "adultes" | "organisme";
  readonly remplissage: Saisie;
  readonly validation: ExcelJS.DataValidation;
  readonly encarts: "gauche" | "cote-a-cote" | "bas" | "bas-cote-a-cote";
  readonly libellesEncarts: readonly [string, string, string, string];
  readonly thematiques: readonly Thematique[];
  readonly encartsBas?: Encarts;
}

const MESURES_ENCARTS = [
  "modalites de mise en oeuvre",
  "difficultes rencontrees",
  "points forts",
  "points d amelioration",
];

class EcrivainAxe {
  ligne = 5;
  constructor(
    private readonly r: Enregistreur,
    private readonly ws: ExcelJS.Worksheet,
    private readonly def: DefinitionAxe,
  ) {}

  private saisir(
    addr: string,
    v: Valeur | undefined,
    zone: string,
    mesure: string,
    o: { fusion?: string; format?: string; validation?: ExcelJS.DataValidation } = {},
  ): void {
    this.r.saisie(this.ws, addr, v, { remplissage: this.def.remplissage, ...o });
    this.r.valeur(this.ws, addr, {
      zone,
      esms: null,
      perimetre: this.def.perimetre,
      mesure: normaliser(mesure),
    });
  }

  question(q: Question, zone: string, erreur?: Thematique["erreur"]): void {
    const l = this.ligne;
    libelle(this.ws, `A${l}`, q.code);
    libelle(this.ws, `B${l}`, q.texte, { fusion: `B${l}:E${l}` });
    if (q.type === "C") {
      this.ligne += 1;
      for (const [item, coche] of q.items) {
        libelle(
          this.ws,
          `A${this.ligne}`,
          `${q.code}.${q.items.findIndex((x) => x[0] === item) + 1}`,
        );
        libelle(this.ws, `C${this.ligne}`, `☐ ${item}`, {
          fusion: `C${this.ligne}:E${this.ligne}`,
        });
        this.saisir(`F${this.ligne}`, coche, zone, item);
        this.ligne += 1;
      }
      return;
    }
    const a = `F${l}`;
    if (q.type === "L")
      this.saisir(a, q.reponse, zone, q.texte, {
        fusion: `F${l}:G${l}`,
        validation: this.def.validation,
      });
    if (q.type === "T") this.saisir(a, q.reponse, zone, q.texte, { fusion: `F${l}:I${l}` });
    if (q.type === "N") this.saisir(a, q.reponse, zone, q.texte, { format: FORMATS.entier });
    if (q.type === "D") this.saisir(a, q.reponse, zone, q.texte, { format: FORMATS.date });
    if (erreur && erreur.code === q.code)
      this.r.erreur(this.ws, a, {
        famille: erreur.controle.split("/")[0] ?? "",
        controle: erreur.controle,
        description: erreur.description,
      });
    this.ligne += 1;
  }

  encartsGauche(e: Encarts, zone: string): void {
    this.def.libellesEncarts.forEach((texte, i) => {
      const l = this.ligne;
      libelle(this.ws, `B${l}`, texte, { fusion: `B${l}:E${l + 1}`, gras: true });
      this.saisir(`F${l}`, e[i], zone, MESURES_ENCARTS[i] ?? texte, { fusion: `F${l}:I${l + 1}` });
      this.ligne += 2;
    });
  }

  encartsCote(e: Encarts, zone: string): void {
    const blocs = [
      ["B", "C"],
      ["D", "E"],
      ["F", "G"],
      ["H", "I"],
    ] as const;
    const l = this.ligne;
    blocs.forEach(([c1, c2], i) => {
      libelle(this.ws, `${c1}${l}`, this.def.libellesEncarts[i] ?? "", {
        fusion: `${c1}${l}:${c2}${l}`,
        gras: true,
        centre: true,
      });
      this.saisir(`${c1}${l + 1}`, e[i], zone, MESURES_ENCARTS[i] ?? "", {
        fusion: `${c1}${l + 1}:${c2}${l + 3}`,
      });
    });
    this.ligne += 4;
  }

  thematique(t: Thematique, n: number): void {
    const zone = `${this.def.type}/t${n}`;
    const debut = this.ligne;
    libelle(this.ws, `A${debut}`, `T${n}`);
    ligneThematique(this.ws, `B${debut}:I${debut}`, `Thématique ${n} : ${t.titre}`);
    this.ligne += 1;
    for (const q of t.questions) this.question(q, zone, t.erreur);
    if (t.mobilisable) {
      const l = this.ligne;
      libelle(this.ws, `B${l}`, `Indicateur mobilisable : ${t.mobilisable.texte}`, {
        italique: true,
        fusion: `B${l}:E${l}`,
      });
      this.r.calcul(this.ws, `F${l}`, t.mobilisable.formule, t.mobilisable.resultat, {
        remplissage: PRE_REMPLI,
        format: t.mobilisable.format,
        fusion: `F${l}:G${l}`,
      });
      this.r.valeur(this.ws, `F${l}`, {
        zone,
        esms: null,
        perimetre: this.def.perimetre,
        mesure: normaliser(t.mobilisable.texte),
      });
      this.ligne += 1;
    }
    if (t.encarts && this.def.encarts === "gauche") this.encartsGauche(t.encarts, zone);
    if (t.encarts && this.def.encarts === "cote-a-cote") this.encartsCote(t.encarts, zone);
    this.r.zone(this.ws, zone, `B${debut}:I${this.ligne - 1}`, `Thématique ${n} : ${t.titre}`);
    this.ligne += 1;
  }

  bas(e: Encarts): void {
    const zone = `${this.def.type}/encarts`;
    const debut = this.ligne;
    ligneThematique(
      this.ws,
      `B${debut}:I${debut}`,
      "Synthèse de la stratégie de l'organisme sur l'axe",
    );
    this.ligne += 1;
    if (this.def.encarts === "bas") {
      this.def.libellesEncarts.forEach((texte, i) => {
        const l = this.ligne;
        libelle(this.ws, `B${l}`, texte, { fusion: `B${l}:C${l + 3}`, gras: true });
        this.saisir(`D${l}`, e[i], zone, MESURES_ENCARTS[i] ?? texte, {
          fusion: `D${l}:I${l + 3}`,
        });
        this.ligne += 4;
      });
    } else this.encartsCote(e, zone);
    this.r.zone(
      this.ws,
      zone,
      `B${debut}:I${this.ligne - 1}`,
      "Encarts de l'axe (une seule fois par onglet)",
    );
  }
}

export function ecrireAxe(r: Enregistreur, def: DefinitionAxe): ExcelJS.Worksheet {
  const ws = r.onglet(def.nom, def.type);
  largeurs(ws, [8, 22, 16, 16, 16, 14, 14, 16, 16]);
  ws.getColumn(1).hidden = true;
  bandeau(ws, "B1:I1", def.titre);
  libelle(ws, "B2", def.sousTitre, { italique: true, fusion: "B2:I2" });
  libelle(
    ws,
    "B3",
    "Choisissez une réponse dans la liste (oui / non / pratiques hétérogènes), cochez les éléments en place (VRAI / FAUX) et décrivez succinctement votre stratégie.",
    { fusion: "B3:I3", italique: true },
  );
  const w = new EcrivainAxe(r, ws, def);
  def.thematiques.forEach((t, i) => w.thematique(t, i + 1));
  if (def.encartsBas) w.bas(def.encartsBas);
  return ws;
}
