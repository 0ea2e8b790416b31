/** The sample's statement of operations as it prints: each row's label, then its four figures (none for a heading). */
export const SAMPLE_STATEMENT_ROWS: readonly (readonly string[])[] = [
  ['Net sales', '5,600', '4,700', '9,200', '10,900'],
  ['Cost of sales', '5,390', '4,330', '8,780', '10,150'],
  ['Gross profit', '210', '370', '420', '750'],
  ['Operating expenses', '330', '250', '540', '500'],
  ['Operating income (loss)', '(120)', '120', '(120)', '250'],
  ['Other income (expense), net', '(48)', '(47)', '(96)', '(94)'],
  ['Income (loss) before income taxes', '(168)', '73', '(216)', '156'],
  ['Income tax expense (benefit)', '0', '0', '0', '0'],
  ['Net income (loss)', '(168)', '73', '(216)', '156'],
  ['Per share data:'],
  ['Diluted earnings (loss) per share', '(0.02)', '0.01', '(0.03)', '0.02'],
]
