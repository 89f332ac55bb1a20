import { verifierPartie } from "./entites";
import { FIN, LecteurXml, OUVRANTE, VIDE } from "./xml";

/*
 * Vérification de forme des parties qu'ExcelJS analyse sans que l'instantané s'en serve (propriétés,
 * dessins, notes, VML) : balises, attributs, entités et déclaration comme saxes les lit. Le
 * découpage en jetons est celui du lecteur (xml.ts).
 */

/** Attributs d'une balise ouvrante : chacun précédé d'espace, valeur entre guillemets sans « < ». */
const RE_ATTRIBUTS =
  /^(?:[ \t\n]+[A-Za-z_][\w.:-]*[ \t\n]*=[ \t\n]*(?:"[^"<]*"|'[^'<]*'))*[ \t\n]*$/;
const RE_NOM_ATTR = /([A-Za-z_][\w.:-]*)[ \t\n]*=/g;

/** Les attributs de la balise courante sont-ils tels que saxes les lit sans erreur ? */
function verifierAttributs(l: LecteurXml): void {
  const a = l.attributs;
  if (a === "") return;
  if (!RE_ATTRIBUTS.test(a)) l.echec(`attributs de <${l.nom}> illisibles`);
  const vus = new Set<string>();
  const sansValeurs = a.replace(/"[^"]*"|'[^']*'/g, "");
  for (const m of sansValeurs.matchAll(RE_NOM_ATTR)) {
    const nom = m[1] as string;
    if (vus.has(nom)) l.echec(`attribut ${nom} répété`);
    vus.add(nom);
  }
}

/**
 * Parcourt toute une partie qu'ExcelJS analyse sans que l'instantané s'en serve, pour en vérifier
 * la forme comme saxes (balises, attributs, entités, déclaration) ; `surBalise` voit chaque balise
 * ouvrante ou vide.
 */
export function verifierForme(
  xml: string,
  partie: string,
  surBalise?: (l: LecteurXml, vide: boolean) => void,
): LecteurXml {
  verifierPartie(xml, partie);
  const l = new LecteurXml(xml, partie);
  for (let j = l.suivant(); j !== FIN; j = l.suivant()) {
    if (j !== OUVRANTE && j !== VIDE) continue;
    verifierAttributs(l);
    surBalise?.(l, j === VIDE);
  }
  return l;
}
