import { hubDownload } from '../../api/hub-file-transfer'

/** A PDF from the hub (plan.pdf or summary.pdf); a refusal becomes a HubError with the hub's sentence. */
export const fetchPdf = (path: string, signal?: AbortSignal): Promise<Blob> => hubDownload(path, signal)

export { saveFile } from '../../components/save-file'
