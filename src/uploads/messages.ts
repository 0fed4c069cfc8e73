import { APIError, type PayloadRequest } from 'payload'

import { say, tr, type Translated } from '../i18n/labels'
import { MAX_IMAGE_PIXELS, MAX_UPLOAD_MEGABYTES } from './limits'

/**
 * Why an upload or a deletion is refused, in the editor's admin language.
 * Each message says what is wrong and what to do instead, since the editor
 * reads it in a toast in the admin and not in a log.
 */

const maxMegapixels = MAX_IMAGE_PIXELS / 1_000_000

export const uploadMessages = {
  missingFile: tr('Kies een bestand om te uploaden.', 'Choisissez un fichier à téléverser.', 'Choose a file to upload.'),
  emptyFile: tr(
    'Het bestand is leeg (0 bytes). Kies het bestand opnieuw.',
    'Le fichier est vide (0 octet). Choisissez-le à nouveau.',
    'The file is empty (0 bytes). Choose the file again.',
  ),
  tooLarge: tr(
    `Het bestand is groter dan ${MAX_UPLOAD_MEGABYTES} MB. Verklein het en probeer opnieuw.`,
    `Le fichier dépasse ${MAX_UPLOAD_MEGABYTES} Mo. Réduisez-le et réessayez.`,
    `The file is larger than ${MAX_UPLOAD_MEGABYTES} MB. Make it smaller and try again.`,
  ),
  tooManyPixels: (width: number, height: number): Translated => {
    const megapixels = Math.round((width * height) / 1_000_000)
    return tr(
      `De afbeelding is ${width} × ${height} pixels (${megapixels} megapixel); het maximum is ${maxMegapixels} megapixel. Verklein ze en probeer opnieuw.`,
      `L’image fait ${width} × ${height} pixels (${megapixels} mégapixels) ; le maximum est de ${maxMegapixels} mégapixels. Réduisez-la et réessayez.`,
      `The image is ${width} × ${height} pixels (${megapixels} megapixels); the maximum is ${maxMegapixels} megapixels. Make it smaller and try again.`,
    )
  },
  svgRefused: tr(
    'SVG-bestanden worden niet aanvaard, omdat ze scripts kunnen bevatten. Gebruik JPEG, PNG, WebP, AVIF of HEIC.',
    'Les fichiers SVG ne sont pas acceptés, car ils peuvent contenir des scripts. Utilisez JPEG, PNG, WebP, AVIF ou HEIC.',
    'SVG files are not accepted, because they can contain scripts. Use JPEG, PNG, WebP, AVIF or HEIC.',
  ),
  notAnImage: tr(
    'Dit bestand is geen afbeelding in JPEG, PNG, WebP, AVIF of HEIC. We kijken naar de inhoud van het bestand, niet naar de naam.',
    'Ce fichier n’est pas une image JPEG, PNG, WebP, AVIF ou HEIC. Nous examinons le contenu du fichier, pas son nom.',
    'This file is not a JPEG, PNG, WebP, AVIF or HEIC image. We look at what the file contains, not at its name.',
  ),
  unreadableImage: tr(
    'De afbeelding is beschadigd of onvolledig en kan niet gelezen worden. Exporteer ze opnieuw en probeer nog eens.',
    'L’image est endommagée ou incomplète et ne peut pas être lue. Exportez-la à nouveau et réessayez.',
    'The image is damaged or incomplete and cannot be read. Export it again and try once more.',
  ),
  notADocument: tr(
    'Dit bestand is geen PDF-, DOCX- of ODT-document. We kijken naar de inhoud van het bestand, niet naar de naam.',
    'Ce fichier n’est pas un document PDF, DOCX ou ODT. Nous examinons le contenu du fichier, pas son nom.',
    'This file is not a PDF, DOCX or ODT document. We look at what the file contains, not at its name.',
  ),
  incompleteDocument: tr(
    'Het document is beschadigd of onvolledig. Sla het opnieuw op en probeer nog eens.',
    'Le document est endommagé ou incomplet. Enregistrez-le à nouveau et réessayez.',
    'The document is damaged or incomplete. Save it again and try once more.',
  ),
  usedByPublishedPractices: (titles: string[], more: number): Translated => {
    const list = titles.map((title) => `“${title}”`).join(', ')
    return tr(
      `Deze afbeelding wordt gebruikt in gepubliceerde praktijken: ${list}${more > 0 ? ` en ${more} andere` : ''}. Haal ze daar eerst weg.`,
      `Cette image est utilisée dans des pratiques publiées : ${list}${more > 0 ? ` et ${more} autres` : ''}. Retirez-la d’abord de celles-ci.`,
      `This image is used by published practices: ${list}${more > 0 ? ` and ${more} more` : ''}. Remove it from them first.`,
    )
  },
} as const

/** Status codes by reason, so clients can tell "too large" from "wrong type" without reading text. */
export const REFUSAL_STATUS = {
  badRequest: 400,
  conflict: 409,
  tooLarge: 413,
  unsupportedType: 415,
} as const

/** An error Payload answers with the given status and shows the message as is (public). */
export function refusal(req: PayloadRequest, status: number, text: Translated): Error {
  return new APIError(say(req, text), status, undefined, true)
}
