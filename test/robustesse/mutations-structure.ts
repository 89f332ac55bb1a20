import { chercher, retoucherXml, type Atelier, type Mutation } from "./bases";

/** Mutations de structure : fusions, lignes supprimées, onglets masqués, renommés, supprimés, fichiers cassés. */

const A1 = "Annexe 1";

/** Copie les lignes `de`..`a` sous `dest` (valeurs et styles), valeurs vidées pour `vider`. */
function copierLignes(
  a: Atelier,
  onglet: string,
  de: number,
  fin: number,
  dest: number,
  vider: (r: number) => boolean,
) {
  const ws = a.feuille(onglet);
  for (let r = de; r <= fin; r++) {
    const src = ws.getRow(r);
    const cible = ws.getRow(dest + r - de);
    src.eachCell({ includeEmpty: true }, (c, col) => {
      const d = cible.getCell(col);
      d.style = { ...c.style };
      d.value = vider(r) || c.formula ? null : c.value;
    });
  }
}

export const MUTATIONS_STRUCTURE: readonly Mutation[] = [
  {
    nom: "fusion sur 4 saisies avec une somme",
    base: "complet",
    appliquer: (a) => {
      const ws = a.feuille(A1);
      ws.unMergeCells("E20:E23");
      ws.mergeCells("E20:E23");
      ws.getCell("E20").value = { formula: "SUM(E21:E23)", result: 0 };
    },
    attendu: { constat: "saisie/formule-dans-saisie" },
  },
  {
    nom: "ligne supprimée dans le tableau E1 de 2-E",
    base: "complet",
    appliquer: (a) => a.feuille("2-E Financier").spliceRows(7, 1),
    attendu: { constat: "classeur/formule-perimee" },
  },
  {
    nom: "ligne supprimée dans le tableau des ESMS",
    base: "complet",
    appliquer: (a) => a.feuille(A1).spliceRows(21, 1),
    attendu: { constat: "signaletique/total-capacite" },
  },
  {
    nom: "second tableau d'ESMS vide en Annexe 1",
    base: "complet",
    appliquer: (a) => copierLignes(a, A1, 26, 31, 36, (r) => r >= 28),
    attendu: { constat: "classeur/tableau-esms-vide" },
  },
  {
    nom: "2-E masqué",
    base: "complet",
    appliquer: (a) => void (a.feuille("2-E Financier").state = "hidden"),
    attendu: { constat: "classeur/onglet-principal-masque" },
  },
  {
    nom: "Axe 2 très masqué",
    base: "exemple",
    appliquer: (a) => void (a.feuille("Axe 2 Qualité").state = "veryHidden"),
    attendu: { constat: "classeur/onglet-principal-masque" },
  },
  {
    nom: "Annexe 1 protégée",
    base: "complet",
    appliquer: (a) => void a.feuille(A1).protect("", {}),
    attendu: { constat: "classeur/feuille-protegee" },
  },
  {
    nom: "nom défini vers #REF!",
    base: "complet",
    appliquer: (a) =>
      void (a.cel("a1/total/enfance/capacite").value = {
        formula: "SUM(Capacites)",
        result: { error: "#REF!" },
      }),
    octets: (b) =>
      retoucherXml(b, "xl/workbook.xml", (xml) =>
        xml.replace(
          /<\/sheets>(?:<definedNames>.*?<\/definedNames>)?/s,
          '</sheets><definedNames><definedName name="Capacites">#REF!</definedName><definedName name="_xlnm.Print_Area" localSheetId="1">#REF!</definedName></definedNames>',
        ),
      ),
    attendu: { constat: "classeur/valeur-erreur" },
  },
  {
    nom: "onglets renommés Feuil1, Feuil2",
    base: "complet",
    appliquer: (a) => {
      a.feuille(A1).name = "Feuil1";
      a.feuille("2-E Financier").name = "Feuil2";
    },
    attendu: { reconnus: ["annexe-1", "financier-2e"] },
  },
  {
    nom: "onglets dans l'ordre inverse",
    base: "complet",
    appliquer: (a) =>
      a.wb.worksheets.forEach(
        (ws, i, t) => void ((ws as unknown as { orderNo: number }).orderNo = t.length - i),
      ),
    attendu: { reconnus: ["annexe-1", "axe-2", "financier-2e", "creton-2f"] },
  },
  {
    nom: "2-D supprimé",
    base: "complet",
    appliquer: (a) => a.wb.removeWorksheet(a.feuille("2-D Indic. compl.").id),
    attendu: { constat: "classeur/onglet-attendu-absent" },
  },
  {
    nom: "Annexe 1 supprimée",
    base: "exemple",
    appliquer: (a) => a.wb.removeWorksheet(a.feuille(A1).id),
    attendu: { constat: "classeur/onglet-attendu-absent" },
  },
  {
    nom: "classeur réduit à l'Accueil",
    base: "complet",
    appliquer: (a) => {
      for (const ws of [...a.wb.worksheets]) if (ws.name !== "Accueil") a.wb.removeWorksheet(ws.id);
    },
    attendu: { constat: "classeur/onglet-attendu-absent" },
  },
  {
    nom: "un seul onglet vide",
    base: "complet",
    appliquer: (a) => {
      for (const ws of [...a.wb.worksheets]) a.wb.removeWorksheet(ws.id);
      a.wb.addWorksheet("Feuil1");
    },
    attendu: { reconnus: [] },
  },
  {
    nom: "FINESS à clé fausse",
    base: "complet",
    appliquer: (a) => void (a.cel("a1/esms/enfance/0/finess").value = "440020138"),
    attendu: { constat: "finess/cle" },
  },
  {
    nom: "total de 2-F tapé faux",
    base: "complet",
    appliquer: (a) => void (a.cel("2f/440020139/total").value = 999),
    attendu: { constat: "classeur/formule-remplacee" },
  },
  {
    nom: "fichier tronqué",
    base: "complet",
    octets: (b) => b.subarray(0, Math.floor(b.length / 2)),
    attendu: { erreur: "endommage" },
  },
  {
    nom: "pas un classeur (texte)",
    base: "complet",
    octets: () => Buffer.from("nom;valeur\na;1\n"),
    attendu: { erreur: "pas-un-classeur" },
  },
  {
    nom: "autre mise en page : 2E masqué",
    base: "autre",
    appliquer: (a) => void (a.feuille("Diag financier 2E").state = "hidden"),
    attendu: { constat: "classeur/onglet-principal-masque" },
  },
  {
    nom: "autre mise en page : 2D supprimé",
    base: "autre",
    appliquer: (a) => a.wb.removeWorksheet(a.feuille("Indic. compl. 2D").id),
    attendu: { constat: "classeur/onglet-attendu-absent" },
  },
  {
    nom: "autre mise en page : fiche protégée",
    base: "autre",
    appliquer: (a) => void a.feuille("Fiche signalétique").protect("", {}),
    attendu: { constat: "classeur/feuille-protegee" },
  },
  {
    nom: "autre mise en page : raison sociale en #N/A",
    base: "autre",
    appliquer: (a) => {
      const l = chercher(a.feuille("Fiche signalétique"), /raison sociale/i);
      a.feuille("Fiche signalétique").getCell(Number(l.row), Number(l.col) + 1).value = {
        error: "#N/A",
      };
    },
    attendu: { constat: "classeur/valeur-erreur" },
  },
  {
    nom: "dimension géante sur l'Axe 2",
    base: "complet",
    octets: (b) =>
      retoucherXml(b, "xl/worksheets/sheet6.xml", (x) =>
        x.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>'),
      ),
    attendu: { avertissement: /plage déclarée A1:XFD1048576, ramenée/ },
  },
  {
    nom: "fusion géante sur l'onglet Listes",
    base: "complet",
    octets: (b) =>
      retoucherXml(b, "xl/worksheets/sheet14.xml", (x) =>
        /<mergeCells/.test(x)
          ? x.replace(
              /<mergeCells count="(\d+)">/,
              (_m, n: string) =>
                `<mergeCells count="${Number(n) + 1}"><mergeCell ref="A20:XFD1048576"/>`,
            )
          : x.replace(
              "</sheetData>",
              '</sheetData><mergeCells count="1"><mergeCell ref="A20:XFD1048576"/></mergeCells>',
            ),
      ),
    attendu: { avertissement: /la fusion A20:XFD1048576/ },
  },
  {
    nom: "en-tête « Capacité » effacé en Annexe 1",
    base: "complet",
    appliquer: (a) => {
      for (let i = 0; i < 2; i++) chercher(a.feuille(A1), /capacit/i).value = `Colonne ${i + 5}`;
    },
    attendu: { avertissement: /n'a pas de colonne « Capacité totale autorisée »/ },
  },
  {
    nom: "libellé « Raison sociale » effacé",
    base: "complet",
    appliquer: (a) => void (chercher(a.feuille(A1), /^raison sociale/i).value = null),
    attendu: {
      avertissement: /la zone « Raison sociale de l'organisme gestionnaire » n'a pas été trouvée/,
    },
  },
  {
    nom: "même FINESS sur deux lignes d'ESMS",
    base: "complet",
    appliquer: (a) =>
      void (a.cel("a1/esms/enfance/1/finess").value = a.cel("a1/esms/enfance/0/finess").value),
    attendu: { constat: "finess/doublon-et" },
  },
  {
    nom: "fichier vide",
    base: "complet",
    octets: () => Buffer.alloc(0),
    attendu: { erreur: "fichier-vide" },
  },
];
