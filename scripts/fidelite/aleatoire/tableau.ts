import type ExcelJS from "exceljs";
import type { RoleMesure, Tableau } from "./parametres";
import type { Pinceau } from "./pinceau";

/**
 * Un tableau d'ESMS aléatoire : ESMS en lignes ou en colonnes, en-têtes sur un ou deux niveaux,
 * bandeau de section, colonne (ou ligne) masquée, lignes réservées, total par formule ou tapé.
 * Rend la première ligne libre après le tableau.
 */

const MESURES = [
  "Capacité autorisée", "Places installées", "Journées réalisées", "Taux d'occupation",
  "ETP réalisés", "Personnes accompagnées", "Liste d'attente", "Sorties de l'année",
]; // prettier-ignore

const colonne = (n: number): string => {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26))
    s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
};

interface Plan {
  readonly ws: ExcelJS.Worksheet;
  readonly t: Tableau;
  readonly p: Pinceau;
  readonly n: number;
}

/** Écrit la valeur d'une mesure d'un ESMS à (r, c) ; `ref` : adresse de la mesure précédente. */
function mesure(
  plan: Plan,
  role: RoleMesure,
  r: number,
  c: number,
  ref: string | null,
  reservee: boolean,
): void {
  const { ws, p, t } = plan;
  const v = p.hasard.entier(1, 400);
  if (role === "saisie") p.saisie(ws, r, c, v, { vide: reservee ? 1 : t.vides });
  else if (reservee) return;
  else if (role === "pre-rempli") p.preRempli(ws, r, c, v);
  else p.calcul(ws, r, c, ref ? `${ref}*2` : "1+1", v);
}

function identite(
  plan: Plan,
  r: number,
  c: number,
  i: number,
  texte: string,
  reservee: boolean,
): void {
  const { ws, p, t } = plan;
  if (t.identiteSaisie) p.saisie(ws, r, c, texte, { vide: reservee ? 1 : 0 });
  else if (!reservee) p.libelle(ws, r, c, texte);
  void i;
}

function total(plan: Plan, role: RoleMesure, r: number, c: number, plage: string): void {
  const { ws, p, t } = plan;
  if (role === "saisie" && t.total === "tape") p.saisie(ws, r, c, 999, { vide: t.vides });
  else if (role === "pre-rempli") p.preRempli(ws, r, c, 999);
  else p.calcul(ws, r, c, `SUM(${plage})`, 999);
}

function bandeau(plan: Plan, r: number, c: number, largeur: number): void {
  const { ws, p } = plan;
  const fond = plan.t.bandeauSaisie ? p.styles.saisie : p.styles.enTete;
  p.libelle(ws, r, c, `Tableau des ESMS (${plan.n} ESMS)`, {
    gras: true,
    ...(fond ? { fond } : {}),
    fusion: { colonnes: largeur },
  });
}

function enTete(
  plan: Plan,
  r: number,
  c: number,
  texte: string,
  fusion?: { lignes?: number; colonnes?: number },
): void {
  const fond = plan.p.styles.enTete;
  plan.p.libelle(plan.ws, r, c, texte, {
    gras: true,
    ...(fond ? { fond } : {}),
    ...(fusion ? { fusion } : {}),
  });
}

function enLignes(plan: Plan, r0: number, c0: number): number {
  const { ws, t } = plan;
  const cm = t.masquee === "aucune" ? 0 : 1;
  const cId = c0 + cm;
  const cMes = cId + 2;
  const largeur = cm + 2 + t.mesures.length;
  let r = r0;
  bandeau(plan, r++, c0, largeur);
  if (t.deuxNiveaux) {
    enTete(plan, r, cId, "Identification", { colonnes: 2 });
    enTete(
      plan,
      r,
      cMes,
      "Indicateurs",
      t.mesures.length > 1 ? { colonnes: t.mesures.length } : undefined,
    );
    r++;
  }
  if (cm) enTete(plan, r, c0, "Code");
  enTete(plan, r, cId, "N° FINESS");
  enTete(plan, r, cId + 1, "Raison sociale de l'ESMS");
  t.mesures.forEach((_, k) => enTete(plan, r, cMes + k, MESURES[k % MESURES.length] as string));
  r++;
  const premiere = r;
  for (let i = 0; i < plan.n + t.reservees; i++, r++) {
    const reservee = i >= plan.n;
    if (cm && !reservee) {
      if (t.masquee === "codes") plan.p.libelle(ws, r, c0, `C${String(i + 1).padStart(2, "0")}`);
      else plan.p.calcul(ws, r, c0, `ROW()`, r);
    }
    identite(plan, r, cId, i, `0${13 + i}00${1000 + i}`.slice(0, 9), reservee);
    identite(plan, r, cId + 1, i, `ESMS n° ${i + 1}`, reservee);
    t.mesures.forEach((role, k) =>
      mesure(plan, role, r, cMes + k, k > 0 ? `${colonne(cMes + k - 1)}${r}` : null, reservee),
    );
  }
  if (t.total !== "aucun") {
    plan.p.libelle(ws, r, cId + 1, "Total", { gras: true });
    t.mesures.forEach((role, k) =>
      total(
        plan,
        role,
        r,
        cMes + k,
        `${colonne(cMes + k)}${premiere}:${colonne(cMes + k)}${r - 1}`,
      ),
    );
    r++;
  }
  if (cm) ws.getColumn(c0).hidden = true;
  return r;
}

function enColonnes(plan: Plan, r0: number, c0: number): number {
  const { ws, t } = plan;
  const cg = t.deuxNiveaux ? 1 : 0;
  const cLib = c0 + cg;
  const cEsms = cLib + 1;
  const nbCol = plan.n + t.reservees + (t.total === "aucun" ? 0 : 1);
  let r = r0;
  bandeau(plan, r++, c0, cg + 1 + nbCol);
  const rm = t.masquee === "aucune" ? 0 : 1;
  const rId = r + rm;
  const rMes = rId + 2;
  if (cg) {
    enTete(plan, rId, c0, "Identification", { lignes: 2 });
    enTete(
      plan,
      rMes,
      c0,
      "Indicateurs",
      t.mesures.length > 1 ? { lignes: t.mesures.length } : undefined,
    );
  }
  if (rm) enTete(plan, r, cLib, "Code");
  enTete(plan, rId, cLib, "N° FINESS");
  enTete(plan, rId + 1, cLib, "Raison sociale de l'ESMS");
  t.mesures.forEach((_, k) => enTete(plan, rMes + k, cLib, MESURES[k % MESURES.length] as string));
  for (let i = 0; i < plan.n + t.reservees; i++) {
    const c = cEsms + i;
    const reservee = i >= plan.n;
    if (rm && !reservee) plan.p.libelle(ws, r, c, `C${String(i + 1).padStart(2, "0")}`);
    identite(plan, rId, c, i, `0${13 + i}00${1000 + i}`.slice(0, 9), reservee);
    identite(plan, rId + 1, c, i, `ESMS n° ${i + 1}`, reservee);
    t.mesures.forEach((role, k) =>
      mesure(plan, role, rMes + k, c, k > 0 ? `${colonne(c)}${rMes + k - 1}` : null, reservee),
    );
  }
  if (t.total !== "aucun") {
    const c = cEsms + plan.n + t.reservees;
    plan.p.libelle(ws, rId + 1, c, "Total", { gras: true });
    t.mesures.forEach((role, k) =>
      total(plan, role, rMes + k, c, `${colonne(cEsms)}${rMes + k}:${colonne(c - 1)}${rMes + k}`),
    );
  }
  if (rm) ws.getRow(r).hidden = true;
  return rMes + t.mesures.length;
}

export function ecrireTableau(
  ws: ExcelJS.Worksheet,
  t: Tableau,
  p: Pinceau,
  debut: number,
): number {
  const plan: Plan = { ws, t, p, n: t.nbEsms };
  const r0 = debut + t.decalage.lignes;
  const c0 = 1 + t.decalage.colonnes;
  return t.orientation === "lignes" ? enLignes(plan, r0, c0) : enColonnes(plan, r0, c0);
}
