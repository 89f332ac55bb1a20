import type { CelluleXml } from "./cellule";
import { echappementsX, texteElement } from "./textes";
import { decoder, FERMANTE, FIN, LecteurXml, OUVRANTE, TEXTE, VIDE } from "./xml";

/**
 * `<sheetData>` d'une feuille : lignes et cellules brutes, dans l'ordre du fichier. Le lecteur
 * direct exige ce qu'écrivent Excel, LibreOffice et ExcelJS (lignes et colonnes croissantes,
 * `r` présent et cohérent) ; le reste fait repasser par ExcelJS.
 */

export interface LigneXml {
  /** Index de ligne à partir de 0. */
  readonly index: number;
  readonly styleId: number | undefined;
  readonly masquee: boolean;
  readonly cellules: CelluleXml[];
}

const LIGNES_MAX = 1_048_576;
const COLONNES_MAX = 16_384;

export const booleenXml = (v: string | undefined): boolean => v === "true" || v === "1";

/** Adresse « B12 » → [ligne, colonne] à partir de 1 ; null si elle n'est pas canonique. */
export function adresseCanonique(a: string): [number, number] | null {
  const n = a.length;
  let i = 0;
  let col = 0;
  for (; i < n && i < 4; i++) {
    const c = a.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + c - 64;
  }
  if (i === 0 || i > 3 || i === n || a.charCodeAt(i) === 48) return null;
  let ligne = 0;
  const debut = i;
  for (; i < n; i++) {
    const c = a.charCodeAt(i);
    if (c < 48 || c > 57) return null;
    ligne = ligne * 10 + c - 48;
  }
  if (i - debut > 7 || col > COLONNES_MAX || ligne > LIGNES_MAX) return null;
  return [ligne, col];
}

/** Contenu de `<is>` : texte simple (concaténé) ou morceaux de texte riche. */
function texteEnLigne(l: LecteurXml, valeur: CelluleXml["valeur"]): CelluleXml["valeur"] {
  let v = valeur;
  const niveau = l.profondeur;
  for (;;) {
    const j = l.suivant();
    if (j === FIN || (j === FERMANTE && l.profondeur < niveau)) return v;
    if (j === TEXTE) continue;
    if (l.nom === "t") {
      if (typeof v === "object") l.echec("texte simple après un texte riche");
      const t = texteElement(l, j === OUVRANTE);
      if (t) v = (v ?? "") + t;
    } else if (l.nom === "r") {
      if (typeof v === "string") l.echec("texte riche après un texte simple");
      let morceau: string | undefined;
      const n = l.profondeur;
      for (let k = j === OUVRANTE ? l.suivant() : FIN; k !== FIN; k = l.suivant()) {
        if (k === FERMANTE && l.profondeur < n) break;
        if (k !== OUVRANTE && k !== VIDE) continue;
        const b = l.balise();
        if (b === "t") morceau = echappementsX(texteElement(l, k === OUVRANTE));
        else if (b === "rPr" && k === OUVRANTE) l.sauter();
        else if (b !== "rPr") l.echec(`<${b}> dans un texte riche`);
      }
      v = [...(v ?? []), morceau];
    } else if (l.nom === "phoneticPr") {
      if (j === OUVRANTE) l.sauter();
    } else l.echec(`<${l.nom}> dans <is>`);
  }
}

function lireCellule(l: LecteurXml, ouverte: boolean, ligne: number): CelluleXml {
  l.troisAttrs("r", "s", "t");
  const adresse = l.v1;
  const styleBrut = l.v2;
  const type = l.v3;
  const pos = adresse === undefined ? null : adresseCanonique(adresse);
  if (!pos || pos[0] !== ligne) l.echec(`cellule ${adresse ?? "sans adresse"} en ligne ${ligne}`);
  let formule: string | undefined;
  let aFormule = false;
  let typePartage: string | undefined;
  let ref: string | undefined;
  let si: string | undefined;
  let valeur: CelluleXml["valeur"];
  const niveau = l.profondeur;
  for (let j = ouverte ? l.suivant() : FIN; j !== FIN; j = l.suivant()) {
    if (j === FERMANTE && l.profondeur < niveau) break;
    if (j === TEXTE) continue;
    const ouv = j === OUVRANTE;
    if (l.nom === "f") {
      if (aFormule) l.echec("deux formules dans une cellule");
      aFormule = true;
      l.troisAttrs("t", "ref", "si");
      typePartage = l.v1;
      ref = l.v2;
      si = l.v3;
      const t = texteElement(l, ouv);
      if (t) formule = t;
    } else if (l.nom === "v") {
      if (typeof valeur === "object") l.echec("valeur après un texte riche");
      const t = texteElement(l, ouv);
      if (t) valeur = (valeur ?? "") + t;
    } else if (l.nom === "is") {
      if (ouv) valeur = texteEnLigne(l, valeur);
    } else l.echec(`<${l.nom}> dans une cellule`);
  }
  const s = styleBrut ? parseInt(styleBrut, 10) : undefined;
  return {
    col: pos[1] - 1,
    adresse: adresse as string,
    t: type,
    styleId: s,
    formule,
    typePartage,
    ref,
    si,
    valeur,
  };
}

/** Lit `<sheetData>` (déjà ouvert si `ouverte`) jusqu'à sa fermeture. */
export function lireDonnees(l: LecteurXml, ouverte: boolean): LigneXml[] {
  const lignes: LigneXml[] = [];
  if (!ouverte) return lignes;
  const niveau = l.profondeur;
  let precedente = 0;
  for (let j = l.suivant(); j !== FIN; j = l.suivant()) {
    if (j === FERMANTE && l.profondeur < niveau) break;
    if (j === TEXTE && /\S/.test(l.texte)) l.echec("texte dans sheetData");
    if (j !== OUVRANTE && j !== VIDE) continue;
    if (l.nom !== "row") l.echec(`<${l.nom}> dans sheetData`);
    l.troisAttrs("r", "s", "hidden");
    const brut = l.v1;
    const r = Number(brut);
    if (!brut || !Number.isInteger(r) || r <= precedente || r > LIGNES_MAX || String(r) !== brut) {
      l.echec(`ligne ${brut ?? "sans numéro"}`);
    }
    precedente = r;
    const style = l.v2;
    const ligne: LigneXml = {
      index: r - 1,
      styleId: style ? parseInt(style, 10) : undefined,
      masquee: booleenXml(l.v3),
      cellules: [],
    };
    let derniere = -1;
    const n = l.profondeur;
    for (let k = j === OUVRANTE ? l.suivant() : FIN; k !== FIN; k = l.suivant()) {
      if (k === FERMANTE && l.profondeur < n) break;
      if (k === TEXTE) {
        if (/\S/.test(l.texte)) l.echec("texte dans une ligne");
        continue;
      }
      if (k === FERMANTE) continue;
      if (l.balise() !== "c") l.echec(`<${l.nom}> dans une ligne`);
      const c = lireCellule(l, k === OUVRANTE, r);
      if (c.col <= derniere) l.echec(`colonnes dans le désordre en ligne ${r}`);
      derniere = c.col;
      ligne.cellules.push(c);
    }
    lignes.push(ligne);
  }
  return lignes;
}

/** Texte de tous les morceaux jusqu'à la fermeture de l'élément ouvert (formules de règles). */
export function texteJusquaFermeture(l: LecteurXml): string {
  let t = "";
  const niveau = l.profondeur;
  for (let j = l.suivant(); j !== FIN; j = l.suivant()) {
    if (j === FERMANTE && l.profondeur < niveau) break;
    if (j === TEXTE) t += decoder(l.texte);
    else l.echec(`<${l.nom}> dans une formule`);
  }
  return t;
}
