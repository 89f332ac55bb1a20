import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { T } from "../textes";

export interface ProprietesConfirmation {
  readonly ouvert: boolean;
  readonly titre: string;
  readonly texte: string;
  readonly confirmer: string;
  readonly onConfirmer: () => void;
  readonly onAnnuler: () => void;
}

/** Demande de confirmation (dialogue modal : focus piégé, Échap = annuler). */
export function Confirmation(p: ProprietesConfirmation) {
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
