import { readFileSync } from "node:fs";
import { join } from "node:path";
import { act } from "@testing-library/react";
import { createRoot } from "react-dom/client";
import { Coque, TEXTES_COQUE } from "../../../src/taskpane/coque";
import { TA } from "../../../src/apercu/textes";

// La coque statique des pages (ADR 0027) : le titre du volet visible avant tout script, aux mots
// de la coque React, puis remplacée par celle-ci à son premier rendu (un seul h1 à tout moment).
const PAGES = [
  ["volet", "src/taskpane/taskpane.html"],
  ["aperçu", "src/apercu/apercu.html"],
] as const;

const lire = (chemin: string) => readFileSync(join(__dirname, "..", "..", "..", chemin), "utf8");

function racineDe(chemin: string): HTMLElement {
  const html = lire(chemin);
  const doc = new DOMParser().parseFromString(html, "text/html");
  const racine = doc.getElementById("racine");
  if (!racine) throw new Error(`#racine absent de ${chemin}`);
  return racine;
}

describe.each(PAGES)("coque statique, page : %s", (_nom, chemin) => {
  test("titre h1 et message de chargement dans #racine, aux textes de la coque", () => {
    const racine = racineDe(chemin);
    const titres = racine.querySelectorAll("h1");
    expect(titres).toHaveLength(1);
    expect(titres[0]?.textContent).toBe(TEXTES_COQUE.titre);
    expect(racine.querySelector('[role="status"]')?.textContent).toBe(TEXTES_COQUE.chargementVolet);
    // Comme le squelette de la coque React : la zone en attente est marquée occupée.
    expect(racine.querySelector('[aria-busy="true"] [role="status"]')).not.toBeNull();
    const zone = racine.querySelector("section[aria-label]");
    if (zone) expect(zone.getAttribute("aria-label")).toBe(TA.classeur);
  });

  test("prend les styles communs de la coque (coque-statique.css, injectés par webpack)", () => {
    expect(lire(chemin)).toContain("<%= styleCoqueStatique %>");
    expect(lire("src/taskpane/coque/coque-statique.css")).toMatch(/\.coque-statique h1 \{/);
  });

  test("le premier rendu de React la remplace : un seul titre, celui de la coque Fluent", async () => {
    const hote = document.createElement("div");
    hote.innerHTML = racineDe(chemin).innerHTML;
    document.body.append(hote);
    expect(hote.querySelector(".coque-statique")).not.toBeNull();
    const racine = createRoot(hote);
    await act(async () => racine.render(<Coque situation={null} />));
    expect(hote.querySelector(".coque-statique")).toBeNull();
    expect(hote.querySelectorAll("h1")).toHaveLength(1);
    expect(hote.querySelector("h1")?.textContent).toBe(TEXTES_COQUE.titre);
    await act(async () => racine.unmount());
    hote.remove();
  });
});
