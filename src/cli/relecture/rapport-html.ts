import { echapperHtml, sansControles } from "../../domain/export/neutraliser";
import {
  ANNEXES,
  INDICATEURS_CLES,
  LIBELLE_PRIORITE,
  TON_PRIORITE,
  texteValeur,
  tonCompletude,
  tonIndicateur,
  tonNombre,
  type Ton,
} from "../../domain/relecture";
import type { RetourRelu } from "./document-relecture";
import { rendreRelecture as r } from "./messages-relecture";
import { COULEURS_TON, ENTETES_COMPLETUDE, nombre, nomCourt, pourcent } from "./textes-rapport";

/**
 * Le bilan en une page HTML autonome : aucune ressource externe, aucun script (une politique de
 * sécurité du contenu l'interdit même), imprimable (A4 paysage). Tout texte venu d'un classeur est
 * échappé ; les couleurs doublent toujours un texte (priorité, valeurs), jamais seules.
 */

const h = (t: string) => echapperHtml(sansControles(t));

const STYLE = `
body { font: 13px/1.4 "Segoe UI", Arial, sans-serif; color: #1b1b1b; margin: 1.5rem; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.15rem; margin-top: 2rem; border-top: 2px solid #2f5597; padding-top: .5rem; }
h3 { font-size: 1rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
th, td { border: 1px solid #8c8c8c; padding: 3px 6px; vertical-align: top; text-align: left; }
th { background: #d9e1f2; }
td.n { text-align: right; white-space: nowrap; }
${(Object.keys(COULEURS_TON) as Ton[])
  .map((t) => `.${t} { background: #${COULEURS_TON[t].fond}; color: #${COULEURS_TON[t].texte}; }`)
  .join("\n")}
a { color: #0b4f9c; }
dl { display: grid; grid-template-columns: max-content auto; gap: 2px 12px; }
dt { font-weight: 600; }
@page { size: A4 landscape; margin: 1cm; }
@media print { body { margin: 0; font-size: 10px; } section { break-before: page; } a { color: inherit; } }
`;

const classe = (t: Ton | null) => (t ? ` class="${t}"` : "");
const cellule = (texte: string, ton: Ton | null, n = true) =>
  `<td${ton || n ? ` class="${[n ? "n" : "", ton ?? ""].filter(Boolean).join(" ")}"` : ""}>${h(texte)}</td>`;

function valeurIndicateur(unite: string, v: number | null): string {
  return unite === "%" ? pourcent(v) : nombre(v, unite === "jours" ? 0 : 0);
}

function ligne(retour: RetourRelu, i: number): string {
  const s = retour.synthese;
  return `<tr>
<td${classe(TON_PRIORITE[s.priorite])}>${h(LIBELLE_PRIORITE[s.priorite])}</td>
<td><a href="#f${i}">${h(nomCourt(s.fichier))}</a></td>
<td>${h(s.organisme || "—")}</td><td>${h(s.finessJuridique || "—")}</td>
${cellule(s.lisible ? String(s.nombreEsms) : "—", null)}
${ANNEXES.map((a) => cellule(pourcent(s.completude[a]), tonCompletude(s.completude[a]))).join("")}
${cellule(String(s.erreurs), s.lisible ? tonNombre(s.erreurs, true) : null)}
${cellule(String(s.alertes), s.lisible ? tonNombre(s.alertes, false) : null)}
${cellule(s.lisible ? String(s.prerenseigneesModifiees) : "—", s.lisible ? tonNombre(s.prerenseigneesModifiees, true) : null)}
${INDICATEURS_CLES.map((k) => cellule(valeurIndicateur(k.unite, s.indicateurs[k.cle]), tonIndicateur(k.cle, s.indicateurs[k.cle]))).join("")}
<td>${h(s.motifs.join(" ; ") || "—")}</td>
</tr>`;
}

function section(retour: RetourRelu, i: number): string {
  const j = retour.json;
  const s = retour.synthese;
  const modifiees = retour.modifiees.length
    ? `<table><caption>Valeurs pré-renseignées modifiées</caption><thead><tr><th scope="col">Onglet et cellule</th><th scope="col">ESMS</th><th scope="col">Indicateur</th><th scope="col">Valeur envoyée</th><th scope="col">Valeur retournée</th></tr></thead><tbody>
${retour.modifiees.map((m) => `<tr><td>${h(`${m.onglet}!${m.cellule}`)}</td><td>${h(m.esmsLibelle === m.esms ? m.esms : `${m.esms} ${m.esmsLibelle}`)}</td><td>${h(m.mesure)}</td><td>${h(texteValeur(m.reference))}</td><td class="mauvais">${h(texteValeur(m.valeur))}</td></tr>`).join("\n")}
</tbody></table>`
    : `<p>${r({ code: j.reference || j.empreinte === "valide" ? "rapport/html-aucune-modifiee" : "rapport/html-non-verifiees", params: {} })}</p>`;
  const constats = j.constats.length
    ? `<table><caption>Constats</caption><thead><tr><th scope="col">Onglet et cellule</th><th scope="col">Gravité</th><th scope="col">Constat</th><th scope="col">Correction</th></tr></thead><tbody>
${j.constats.map((c) => `<tr><td>${h(c.onglet ? `${c.onglet}${c.cellule ? `!${c.cellule}` : ""}` : "—")}</td><td${classe(c.gravite === "erreur" ? "mauvais" : c.gravite === "alerte" ? "moyen" : null)}>${h(c.gravite)}</td><td>${h(c.message)}</td><td>${h(c.correction)}</td></tr>`).join("\n")}
</tbody></table>`
    : `<p>${r({ code: "rapport/aucun-constat", params: {} })}</p>`;
  return `<section id="f${i}" aria-labelledby="t${i}">
<h2 id="t${i}">${h(s.organisme || nomCourt(j.fichier))}</h2>
<dl><dt>Fichier</dt><dd>${h(j.fichier)}</dd>
${j.statut === "illisible" ? `<dt>Illisible</dt><dd>${h(j.erreur?.message ?? "")}</dd>` : ""}
<dt>FINESS juridique</dt><dd>${h(s.finessJuridique || "—")}</dd>
<dt>Classeur envoyé</dt><dd>${h(j.reference ?? "aucun")}</dd>
<dt>Empreinte</dt><dd>${h(j.empreinte)}</dd>
<dt>À retenir</dt><dd>${h(s.motifs.join(" ; ") || r({ code: "rapport/rien-a-signaler", params: {} }))}</dd></dl>
<h3>Valeurs pré-renseignées</h3>
${modifiees}
<h3>${r({ code: "rapport/constats", params: { nombre: j.constats.length } })}</h3>
${constats}
<p><a href="#synthese">Retour à la synthèse</a></p>
</section>`;
}

/** La page du bilan (retours déjà triés : ceux à appeler d'abord). */
export function pageBilan(retours: readonly RetourRelu[], titre: string): string {
  const entetes = [
    "Priorité",
    "Fichier",
    "Organisme",
    "FINESS juridique",
    "ESMS",
    ...ENTETES_COMPLETUDE.map((a) => `Complétude ${a}`),
    "Erreurs",
    "Alertes",
    "Pré-renseignées modifiées",
    ...INDICATEURS_CLES.map((k) => k.libelle),
    "Motifs",
  ];
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(titre)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${h(titre)}</h1>
<p>${r({ code: "rapport/html-chapeau", params: { classeurs: retours.length } })}</p>
<table id="synthese"><caption>Synthèse : une ligne par classeur retourné</caption>
<thead><tr>${entetes.map((e) => `<th scope="col">${h(e)}</th>`).join("")}</tr></thead>
<tbody>
${retours.map(ligne).join("\n")}
</tbody></table>
${retours.map(section).join("\n")}
</main>
</body>
</html>
`;
}
