import { COULEUR_SURLIGNAGE } from "../../../src/domain/surlignage/plan-surlignage";
import { T } from "../../../src/taskpane/textes";
import {
  attendreFinAction,
  attendreLecture,
  fireEvent,
  monterVolet,
  ouvrirVue,
  screen,
  selection,
  waitFor,
  within,
} from "../outils";

type Hote = Awaited<ReturnType<typeof monterVolet>>["hote"];

/** Cellules affichées avec le remplissage du surlignage (MFC évaluée par l'hôte), en A1. */
function surlignees(hote: Hote, sheetId: string): string[] {
  const v = hote.etat.vue(sheetId);
  if (!v) return [];
  const out: string[] = [];
  v.fills.forEach((ligne, i) =>
    ligne.forEach((f, j) => {
      if (f === COULEUR_SURLIGNAGE)
        out.push(`${String.fromCharCode(65 + v.origin.col + j)}${v.origin.row + i + 1}`);
    }),
  );
  return out;
}

describe("vue Saisie", () => {
  it("dit quelle légende des couleurs a servi, ou qu'il n'y en a pas", async () => {
    await monterVolet();
    await attendreLecture();
    const vue = ouvrirVue("Saisie");
    // Le classeur du volet de test n'a pas de légende.
    expect(within(vue).getByTestId("saisie-legende")).toHaveTextContent(
      "Aucune légende des couleurs trouvée : les cellules de saisie sont reconnues à leur bleu pâle",
    );
    const l = {
      texte: "Cellules à renseigner",
      onglet: "Accueil",
      cellule: "C12",
      couleur: "DEEBF7",
    };
    expect(T.saisie.legende(l)).toBe(
      "Cellules de saisie reconnues d'après la légende « Cellules à renseigner » (onglet « Accueil », cellule C12, couleur #DEEBF7) ; les gris et les cellules pré-remplies par l'ARS ne comptent pas.",
    );
  });

  it("surligne les cellules bleues vides, puis retire le surlignage sans rien changer d'autre", async () => {
    const { hote } = await monterVolet();
    await attendreLecture();
    const avant = hote.etat.feuilles().map((f) => hote.etat.vue(f.id));
    const vue = ouvrirVue("Saisie");
    expect(vue).toHaveTextContent("7 cellules restent à compléter sur 69.");
    fireEvent.click(
      within(vue).getByRole("button", { name: "Surligner les cellules à compléter" }),
    );
    await waitFor(() => expect(surlignees(hote, "a1").length).toBeGreaterThan(0));
    await attendreFinAction();
    expect(screen.getByText(/7 cellules à compléter surlignées/)).toBeInTheDocument();
    // Les vides de l'Annexe 1 (6) et de 2-E (1), rien d'autre.
    expect(surlignees(hote, "a1")).toHaveLength(6);
    expect(surlignees(hote, "e2")).toHaveLength(1);
    expect(surlignees(hote, "d2")).toEqual([]);
    expect(
      within(vue).getByRole("button", { name: "Surligner les cellules à compléter" }),
    ).toHaveAttribute("aria-disabled", "true");

    // Le surlignage suit la saisie : une cellule remplie n'est plus surlignée.
    const premiere = surlignees(hote, "e2")[0] ?? "";
    const col = premiere.charCodeAt(0) - 65;
    const row = Number(premiere.slice(1)) - 1;
    hote.etat.saisir("e2", row, col, 1000);
    expect(surlignees(hote, "e2")).toEqual([]);
    await waitFor(() => expect(vue).toHaveTextContent("6 cellules restent à compléter sur 69."));

    fireEvent.click(within(vue).getByRole("button", { name: "Retirer le surlignage" }));
    await waitFor(() => expect(surlignees(hote, "a1")).toEqual([]));
    await attendreFinAction();
    const apres = hote.etat.feuilles().map((f) => hote.etat.vue(f.id));
    // Identique à avant, sauf la valeur saisie à la main.
    const sansSaisie = apres.map((v) =>
      v?.id === "e2"
        ? {
            ...v,
            values: v.values.map((l, i) =>
              l.map((x, j) => (i === row - v.origin.row && j === col - v.origin.col ? "" : x)),
            ),
          }
        : v,
    );
    // Les formules sont gardées ; leurs valeurs suivent la saisie (recalcul, comme Excel).
    const sansCalculs = (v: (typeof avant)[number]) =>
      v && {
        ...v,
        selection: [],
        values: v.values.map((l, i) => l.map((x, j) => (v.formulas[i]?.[j] ? null : x))),
      };
    expect(sansSaisie.map(sansCalculs)).toEqual(avant.map(sansCalculs));
  });

  it("cellule suivante / précédente : parcourt les vides en ordre de lecture, d'onglet en onglet", async () => {
    const { hote } = await monterVolet();
    await attendreLecture();
    hote.etat.activer("a1");
    const vue = ouvrirVue("Saisie");
    const suivante = within(vue).getByRole("button", { name: "Cellule suivante à compléter" });
    const vus: string[] = [];
    for (let i = 0; i < 8; i++) {
      fireEvent.click(suivante);
      await attendreFinAction();
      const s = selection(hote);
      vus.push(`${s.feuille}!${s.zones.join(",")}`);
    }
    expect(vus.slice(0, 6).every((x) => x.startsWith("Annexe 1!"))).toBe(true);
    expect(vus[6]?.startsWith("2-E!")).toBe(true);
    expect(vus[7]).toBe(vus[0]); // boucle au début
    fireEvent.click(within(vue).getByRole("button", { name: "Cellule précédente à compléter" }));
    await attendreFinAction();
    const s = selection(hote);
    expect(`${s.feuille}!${s.zones.join(",")}`).toBe(vus[6]);
  });

  it("Alt+Flèche bas / haut dans le volet : cellule suivante / précédente", async () => {
    const { hote } = await monterVolet();
    await attendreLecture();
    hote.etat.activer("e2");
    const vue = ouvrirVue("Saisie");
    const bouton = within(vue).getByRole("button", { name: "Cellule suivante à compléter" });
    expect(bouton).toHaveAttribute("aria-keyshortcuts", "Alt+ArrowDown");
    fireEvent.keyDown(screen.getByRole("tab", { name: "Saisie" }), {
      key: "ArrowDown",
      altKey: true,
    });
    await waitFor(() => expect(selection(hote).feuille).toBe("2-E"));
    await attendreFinAction();
    const zone = selection(hote).zones[0];
    expect(zone).not.toBe("A1");
    fireEvent.keyDown(bouton, { key: "ArrowDown", altKey: true });
    await waitFor(() => expect(selection(hote).feuille).toBe("Annexe 1"));
    await attendreFinAction();
    fireEvent.keyDown(bouton, { key: "ArrowUp", altKey: true });
    await waitFor(() => expect(selection(hote)).toEqual({ feuille: "2-E", zones: [zone] }));
  });

  it("sélectionne d'un coup les cellules vides de l'onglet actif", async () => {
    const { hote } = await monterVolet();
    await attendreLecture();
    hote.etat.activer("a1");
    const vue = ouvrirVue("Saisie");
    fireEvent.click(
      within(vue).getByRole("button", { name: "Sélectionner les cellules vides de cet onglet" }),
    );
    await attendreFinAction();
    await waitFor(() => expect(selection(hote).zones.length).toBeGreaterThan(1));
    const cellules = selection(hote).zones.flatMap((z) => {
      const [a, b = a] = z.split(":");
      const r1 = Number(a?.slice(1));
      const r2 = Number(b?.slice(1));
      const c1 = (a ?? "A").charCodeAt(0);
      const c2 = (b ?? "A").charCodeAt(0);
      return Array.from({ length: (r2 - r1 + 1) * (c2 - c1 + 1) }, (_, k) => k);
    });
    expect(cellules).toHaveLength(6);

    hote.etat.activer("notes");
    fireEvent.click(
      within(vue).getByRole("button", { name: "Sélectionner les cellules vides de cet onglet" }),
    );
    expect(
      await within(vue).findByText(/« Notes » ne fait pas partie du Diagnostic/),
    ).toBeInTheDocument();
  });
});
