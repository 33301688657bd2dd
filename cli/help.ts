// The words of `--help` and `--help-mapping`. The mapping guide lives here, next to the flag that reads a
// profile, so the hint printed for an unknown file can point at something that is always installed.

export const USAGE = `wallet-audit: review wallet and bank statement exports offline

Usage:
  npm run -s audit -- [options] FILE...
  npm run -s audit -- verify [--json] [--password PW] out.zip

Options:
  --json                 print the machine-readable report (version 1) on stdout
  --bundle out.zip       also write an evidence bundle (BagIt zip)
  --case case.json       appeal case facts for the bundle
  --format ID            only try this importer (alipay, wechat-pay, paypal, revolut, ...)
  --mapping profile.json read files with a column mapping (any bank CSV); see --help-mapping
  --password PW          password of encrypted ZIP exports (with verify: of an encrypted bundle copy)
  --encoding ENC         force the text encoding: utf-8, gb18030, utf-16le, utf-16be
  --account NAME         name of the account the files belong to
  --zone ZONE            zone for naive times of non-Chinese exports (default: this computer's)
  --lang en|zh-CN        language of finding messages (default en)
  --fail-on SEVERITY     exit 1 when a finding is at or above high, medium or low
  --no-rules             only import: files, counts and issues; no findings (faster on big files)
  --progress             show the progress bar even when stderr is not a terminal
  -h, --help             this text

Exit codes: 0 done, 1 findings at or above --fail-on, 2 bad usage or unusable input.
verify: 0 the bundle is intact, 1 something in it changed, 2 it cannot be read.
`;

export const MAPPING_HELP = `A mapping profile is a JSON file that says which column holds what, so that any CSV
export can be imported. Columns are header names, or 0-based positions when the file has no header row.

{
  "name": "My bank",                         required: shown in reports; also the default account name
  "hasHeader": true,                         false: the first row is data; use positions (0, 1, ...)
  "columns": {
    "date": "Date",                          required
    "time": "Time",                          optional, joined to the date
    "amount": "Amount",                      a signed amount ...
    "debit": "Withdrawals", "credit": "Deposits",   ... or money out / money in columns
    "direction": "Dr/Cr",                    optional flag column that gives the amount its sign
    "counterparty": "Payee",                 "description": ["Memo", "Note"] (several are joined)
    "currency": "Currency", "id": "Reference", "balance": "Balance", "status": "Status",
    "fee": "Fee", "type": "Type", "category": "Category", "method": "Card", "counterpartyAccount": "Account"
  },
  "directionValues": { "out": ["DEBIT", "借*"], "in": ["CREDIT", "贷*"] },   * = starts with
  "negateAmounts": false,                    true for card statements where a charge is positive
  "dateFormat": "DD/MM/YYYY",                tokens YYYY MM M DD D HH H mm ss SSS; or "dateOrder": "dmy"
  "timeFormat": "HHmmss",                    default H:mm[:ss]
  "decimalMark": ".",                        or ","
  "encoding": "gb18030",                     utf-8, gb18030, utf-16le, utf-16be (default: detected)
  "currency": "CNY",                         required when no currency column is mapped
  "currencyAliases": { "人民币": "CNY" },     common Chinese names are built in
  "statusMap": { "POSTED": "completed" },    completed, pending, refunded, closed, failed
  "zone": "+08:00",                          zone of the file's times (default --zone)
  "skipRowsMatching": ["合计"],              regular expressions for summary rows to leave out
  "account": "Joint account"
}

Examples for TD Canada, BMO, HSBC HK, CMB, BOCOM, ICBC, BOC, ABC and CGB exports are in
test/fixtures/mappings/ in the source tree.
`;

/** Shown after "no known layout" errors when no mapping was given. */
export const MAPPING_HINT =
  'hint: if this is a bank or wallet export we do not know, describe its columns in a mapping profile ' +
  'and run again with --mapping profile.json (the format: npm run -s audit -- --help-mapping)';
