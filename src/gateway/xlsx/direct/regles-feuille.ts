import { lettresColonne } from "../../../domain/classeur/adresse";
import type { MfcModele } from "../regles";
import { adresseCanonique, texteJusquaFermeture } from "./donnees-feuille";
import type { Remplissage } from "./styles";
import { enfants, type LecteurXml, Repli } from "./xml";

/**
 * Validations de données et mises en forme conditionnelles d'une feuille, sous la forme des modèles
 * d'ExcelJS (DataValidationsXform : une entrée par cellule ; ConditionalFormattingXform), que
 * `regles.ts` transforme ensuite comme pour ExcelJS.
 */

export type MfcBrute = MfcModele;

/** Au-delà, le lecteur direct laisse ExcelJS éclater la validation cellule par cellule. */
const CELLULES_VALIDEES_MAX = 1_000_000;

/** Lit `<dataValidations>` : adresse → validation (objet partagé par ses cellules). */
export function lireValidationsXml(l: LecteurXml, ouverte: boolean): Record<string, object> {
  const modele: Record<string, object> = {};
  let cellules = 0;
  enfants(l, ouverte, (vide) => {
    if (l.nom !== "dataValidation") l.echec(`<${l.nom}> dans dataValidations`);
    l.troisAttrs("type", "sqref", "");
    const a = { type: l.v1, sqref: l.v2 };
    const formulae: string[] = [];
    enfants(l, !vide, (v) => {
      if (l.nom !== "formula1" && l.nom !== "formula2") l.echec(`<${l.nom}> dans dataValidation`);
      formulae.push(v ? "" : texteJusquaFermeture(l));
    });
    const dv: { type: string; formulae?: string[] } = { type: a.type || "any" };
    if (formulae.length) dv.formulae = formulae;
    if (a.sqref === undefined) l.echec("validation sans sqref");
    for (const adr of a.sqref.split(/\s+/g)) {
      const [p, q, ...reste] = adr.split(":");
      const d = adresseCanonique(p ?? "");
      const f = q === undefined ? d : adresseCanonique(q);
      if (!d || !f || reste.length) l.echec(`validation sur « ${adr} »`);
      if (q === undefined) {
        modele[adr] = dv;
        cellules++;
        continue;
      }
      const [top, bottom] = [Math.min(d[0], f[0]), Math.max(d[0], f[0])];
      const [left, right] = [Math.min(d[1], f[1]), Math.max(d[1], f[1])];
      cellules += (bottom - top + 1) * (right - left + 1);
      if (cellules > CELLULES_VALIDEES_MAX) l.echec("validations trop étendues");
      for (let c = left; c <= right; c++) {
        const lettres = lettresColonne(c - 1);
        for (let r = top; r <= bottom; r++) modele[`${lettres}${r}`] = dv;
      }
    }
  });
  return modele;
}

/** Type de règle comme `opType` d'ExcelJS. */
function typeRegle(type: string | undefined): string | undefined {
  switch (type) {
    case "containsText":
    case "containsBlanks":
    case "notContainsBlanks":
    case "containsErrors":
    case "notContainsErrors":
      return "containsText";
    default:
      return type;
  }
}

const ENFANTS_IGNORES = new Set(["dataBar", "colorScale", "iconSet", "extLst"]);

/** Lit un `<conditionalFormatting>` et ses règles (style : remplissage du format différentiel). */
export function lireMfcXml(
  l: LecteurXml,
  ouverte: boolean,
  dxfs: readonly (Remplissage | null)[] | undefined,
): MfcBrute {
  const ref = l.attrs().sqref;
  if (ref === undefined) l.echec("mise en forme conditionnelle sans sqref");
  const rules: { type?: string; formulae?: string[]; style?: { fill: Remplissage | null } }[] = [];
  enfants(l, ouverte, (vide) => {
    if (l.nom !== "cfRule") l.echec(`<${l.nom}> dans conditionalFormatting`);
    const a = l.attrs();
    const regle: (typeof rules)[number] = {};
    const type = typeRegle(a.type);
    if (type !== undefined) regle.type = type;
    enfants(l, !vide, (v) => {
      if (l.nom === "formula") {
        regle.formulae ??= [];
        regle.formulae.push(v ? "" : texteJusquaFermeture(l));
      } else if (ENFANTS_IGNORES.has(l.nom)) {
        if (!v) l.sauter();
      } else l.echec(`<${l.nom}> dans cfRule`);
    });
    if (a.dxfId !== undefined) {
      if (!dxfs) throw new Repli("règle de mise en forme sans formats différentiels");
      const fill = dxfs[parseInt(a.dxfId, 10)];
      if (fill !== undefined) regle.style = { fill };
    }
    rules.push(regle);
  });
  return { ref, rules };
}
