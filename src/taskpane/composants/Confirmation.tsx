import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { T } from "../textes";

export interface ProprietesConfirmation {
  readonly ouvert: boolean;
  readonly titre: string;
  readonly texte: string;
  readonly confirmer: string;
  readonly onConfirmer: () => void;
  readonly onAnnuler: () => void;
}

/**
 * Rend le focus à l'élément qui l'avait quand le dialogue s'est ouvert (le dialogue est ouvert par
 * la session, sans déclencheur Fluent : rien d'autre ne le restaure après « Annuler » ou Échap).
 */
function useFocusRendu(ouvert: boolean): void {
  const origine = useRef<HTMLElement | null>(null);
  const etaitOuvert = useRef(false);
  // Lu pendant le rendu qui ouvre le dialogue : ses effets déplacent le focus avant les nôtres.
  if (ouvert && !etaitOuvert.current && typeof document !== "undefined") {
    origine.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  }
  useEffect(() => {
    if (etaitOuvert.current && !ouvert) {
      const el = origine.current;
      if (el?.isConnected) el.focus();
      origine.current = null;
    }
    etaitOuvert.current = ouvert;
  }, [ouvert]);
}

/** Demande de confirmation (dialogue modal : focus piégé, Échap = annuler, focus rendu). */
export function Confirmation(p: ProprietesConfirmation) {
  useFocusRendu(p.ouvert);
  return (
    <Dialog open={p.ouvert} onOpenChange={(_, d) => (d.open ? undefined : p.onAnnuler())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{p.titre}</DialogTitle>
          <DialogContent>{p.texte}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={p.onConfirmer}>
              {p.confirmer}
            </Button>
            <Button onClick={p.onAnnuler}>{T.sommaire.annuler}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
