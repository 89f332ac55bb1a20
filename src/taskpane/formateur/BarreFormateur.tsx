import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
} from "@fluentui/react-components";
import { BookOpenRegular, HatGraduationRegular } from "@fluentui/react-icons";
import { useGlossaire } from "../glossaire/contexte";
import { TF } from "./textes";

export interface ProprietesBarreFormateur {
  readonly onVisite: () => void;
  readonly onDemo: () => void;
  readonly occupe: boolean;
}

/** Boutons d'en-tête : « Glossaire » et le menu « Formation » (démonstration, visite guidée). */
export function BarreFormateur({ onVisite, onDemo, occupe }: ProprietesBarreFormateur) {
  const { ouvrir } = useGlossaire();
  return (
    <>
      <Button
        size="small"
        icon={<BookOpenRegular />}
        title={TF.glossaireAide}
        onClick={() => ouvrir("")}
      >
        {TF.glossaire}
      </Button>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <Button size="small" icon={<HatGraduationRegular />} title={TF.formationAide}>
            {TF.formation}
          </Button>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem onClick={onVisite}>{TF.visite}</MenuItem>
            <MenuItem disabled={occupe} onClick={onDemo}>
              {TF.demo}
            </MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
    </>
  );
}
