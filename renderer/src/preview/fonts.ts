// The body face, bundled so that the preview, the PDF and the page breaks are the same on every
// machine: Tinos is metric-compatible with Times New Roman, which the DOCX names.
import '@fontsource/tinos/400.css'
import '@fontsource/tinos/400-italic.css'
import '@fontsource/tinos/700.css'
import '@fontsource/tinos/700-italic.css'
