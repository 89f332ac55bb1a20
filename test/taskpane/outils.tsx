import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { WorkbookSnapshot } from "../../src/domain/classeur/snapshot";
import { installerHote, type OptionsHote } from "../../src/gateway/host-simule";
import type { EspaceExcel } from "../../src/gateway/office/erreurs";
import { OfficeGateway } from "../../src/gateway/office/office-gateway";
import { App, prechargerVolet } from "../../src/taskpane/App";
import { Coque } from "../../src/taskpane/coque";
import {
  annexe1,
  axe11,
  complementaires,
  creton,
  financier,
  tableauEsms,
} from "../domain/classeur/exemples";
import { classeurDe, feuilleDe } from "../domain/classeur/fabrique";

/**
 * Le volet réel (Coque + App) sur l'hôte simulé, à travers la vraie passerelle Office et la vraie
 * session : aucun cas d'usage simulé. `hote.etat` montre ce que verrait l'utilisateur dans Excel.
 */

/** Petit Diagnostic : une feuille de travail, l'Annexe 1, un axe masqué, 2-B, 2-D, 2-E, 2-F. */
export function petitDiagnostic(): WorkbookSnapshot {
  return classeurDe([
    feuilleDe("Notes", [["Brouillon"]], { id: "notes" }),
    { ...annexe1(), id: "a1" },
    { ...axe11(), id: "x11", visibility: "Hidden" as const },
    { ...tableauEsms("2-B"), id: "b2" },
    { ...complementaires(), id: "d2" },
    { ...financier(), id: "e2" },
    { ...creton(), id: "f2" },
  ]);
}

export async function monterVolet(
  snapshot: WorkbookSnapshot = petitDiagnostic(),
  options: OptionsHote = {},
  avant?: (hote: ReturnType<typeof installerHote>) => void,
) {
  await prechargerVolet(); // vues chargées à la demande (ADR 0013) : prêtes dès le premier clic
  const hote = installerHote(snapshot, options);
  avant?.(hote);
  const gateway = new OfficeGateway(hote.Excel as unknown as EspaceExcel);
  const rendu = render(
    <Coque situation="apercu">
      <App gateway={gateway} delaiRafraichissement={0} />
    </Coque>,
  );
  return { hote, gateway, ...rendu };
}

/** Attend la fin de la première lecture (onglets des vues affichés). */
export async function attendreLecture(): Promise<void> {
  await screen.findByRole("tablist", { name: "Vues du volet" }, { timeout: 5000 });
}

/** Attend qu'aucune action de la session ne soit en cours (boutons réactivés). */
export async function attendreFinAction(): Promise<void> {
  await waitFor(() =>
    expect(screen.getByRole("button", { name: "Actualiser" })).not.toHaveAttribute(
      "aria-disabled",
      "true",
    ),
  );
}

export function ouvrirVue(nom: string): HTMLElement {
  fireEvent.click(screen.getByRole("tab", { name: nom }));
  return screen.getByRole("tabpanel");
}

/** Zones sélectionnées dans la feuille active de l'hôte, en A1 (« B3 », « B3:B5 »). */
export function selection(hote: ReturnType<typeof installerHote>): {
  feuille: string;
  zones: string[];
} {
  const v = hote.etat.vue();
  const col = (c: number) => String.fromCharCode(65 + c);
  const a1 = (r: number, c: number) => `${col(c)}${r + 1}`;
  return {
    feuille: v?.name ?? "",
    zones: (v?.selection ?? []).map((z) =>
      z.top === z.bottom && z.left === z.right
        ? a1(z.top, z.left)
        : `${a1(z.top, z.left)}:${a1(z.bottom, z.right)}`,
    ),
  };
}

export { fireEvent, screen, waitFor, within };
