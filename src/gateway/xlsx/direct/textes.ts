import { decoder, FERMANTE, FIN, LecteurXml, OUVRANTE, TEXTE, VIDE, verifierPartie } from "./xml";

/**
 * Textes partagés (`xl/sharedStrings.xml`) comme ExcelJS les rend : une chaîne (`<si><t>`), ou un
 * texte riche (`<si><r>…`) dont on garde les morceaux. `undefined` : élément `<si>` sans texte
 * (ExcelJS en fait un objet vide) — la cellule qui le cite fait repasser par ExcelJS.
 */

export interface TexteRiche {
  readonly richText: readonly (string | undefined)[];
}

export type TextePartage = string | TexteRiche | undefined;

/** `_x000D_` → caractère, comme le TextXform d'ExcelJS (chiffres hexadécimaux en majuscules). */
export const echappementsX = (t: string): string =>
  t.indexOf("_x") < 0
    ? t
    : t.replace(/_x([0-9A-F]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));

/** Texte d'un élément `<t>` ouvert : morceaux décodés, jusqu'à sa fermeture. */
export function texteElement(l: LecteurXml, ouverte: boolean): string {
  if (!ouverte) return "";
  let t = "";
  for (;;) {
    const j = l.suivant();
    if (j === TEXTE) t += decoder(l.texte);
    else if (j === FERMANTE) return t;
    else if (j === FIN) return t;
    else l.echec(`<${l.nom}> dans un texte`);
  }
}

/** Saute le contenu d'un élément s'il est ouvert. */
const passer = (l: LecteurXml, ouverte: boolean) => {
  if (ouverte) l.sauter();
};

/** Un morceau de texte riche `<r>` ouvert : le texte de son `<t>` (police ignorée). */
function morceau(l: LecteurXml): string | undefined {
  let texte: string | undefined;
  const niveau = l.profondeur;
  for (;;) {
    const j = l.suivant();
    if (j === FIN || (j === FERMANTE && l.profondeur < niveau)) return texte;
    if (j !== OUVRANTE && j !== VIDE) continue;
    if (l.nom === "t") texte = echappementsX(texteElement(l, j === OUVRANTE));
    else if (l.nom === "rPr") passer(l, j === OUVRANTE);
  }
}

export function lireTextes(xml: string): TextePartage[] {
  verifierPartie(xml, "xl/sharedStrings.xml");
  const l = new LecteurXml(xml, "xl/sharedStrings.xml");
  const res: TextePartage[] = [];
  let racine = false;
  for (let j = l.suivant(); j !== FIN; j = l.suivant()) {
    if (j === TEXTE || j === FERMANTE) continue;
    if (!racine) {
      if (l.nom !== "sst") l.echec(`racine <${l.nom}>`);
      racine = true;
      continue;
    }
    if (l.nom !== "si") l.echec(`<${l.nom}> dans sst`);
    if (j === VIDE) {
      res.push(undefined);
      continue;
    }
    let modele: string | (string | undefined)[] | undefined;
    const niveau = l.profondeur;
    for (;;) {
      const k = l.suivant();
      if (k === FIN || (k === FERMANTE && l.profondeur < niveau)) break;
      if (k !== OUVRANTE && k !== VIDE) continue;
      const ouverte = k === OUVRANTE;
      if (l.nom === "t") {
        if (Array.isArray(modele)) l.echec("texte simple après un texte riche");
        modele = echappementsX(texteElement(l, ouverte));
      } else if (l.nom === "r") {
        if (typeof modele === "string") return l.echec("texte riche après un texte simple");
        const morceaux: (string | undefined)[] = modele ?? [];
        morceaux.push(ouverte ? morceau(l) : undefined);
        modele = morceaux;
      } else if (l.nom === "rPh") passer(l, ouverte);
    }
    res.push(Array.isArray(modele) ? { richText: modele } : modele);
  }
  return res;
}
