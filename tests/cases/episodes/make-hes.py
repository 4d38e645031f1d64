# Writes hes-episodes.csv from the listing below: the hand-made episodes, as HES wide rows
# (epikey, diag_01..diag_20, opertn_01..opertn_24; '-' for none). Run: python3 make-hes.py
# Each episode's expected findings are in hes-episodes.expected.csv; the test asserts exactly those.
rows = [
    # epikey, [opertn...], [diag...]
    ("EP01", ["J124", "Y534"], ["C787", "C187"]),          # IPG327 coded in full: clean
    ("EP02", ["J124"], ["C787", "C187"]),                  # image-guided J12.4 without Y53/Y68
    ("EP03", ["J124", "Y689"], ["C787"]),                  # C78.7 without a C18 code
    ("EP04", ["Y539", "J124"], ["C787", "C180"]),          # a Y code first
    ("EP05", ["Y539"], ["-"]),                             # a Y code with no main code
    ("EP06", ["-"], ["H198"]),                             # asterisk (table usage) without its dagger
    ("EP07", ["-"], ["H198A", "Q909D"]),                   # asterisk (A suffix) before its dagger (D suffix)
    ("EP08", ["-"], ["Q909D", "H198A"]),                   # dagger then asterisk: clean
    ("EP09", ["J124", "Y534"], ["C220"]),                  # none of IPG327's diagnosis
    ("EP10", ["V363", "V552"], ["M511"]),                  # IPG306 in full, V55 second: clean
    ("EP11", ["V552", "V363"], ["M511"]),                  # V55 first, not second
    ("EP12", ["V363"], ["M511"]),                          # IPG306 without V55
    ("EP13", ["J994"], ["K590"]),                          # J99.4 is not an OPCS-4.10 code
    ("EP14", ["J1X4"], ["C787"]),                          # malformed code: row skipped
    ("", ["J124", "Y534"], ["C787", "C187"]),              # no episode id: row skipped
    ("EP16", ["J124", "W923"], ["C787", "C181"]),          # W92.3 states the imaging method: no image-control, but IPG327 still asks for Y53/Y68
    ("EP17", ["j12.4", "y53.9"], ["c78.7", "c18.9"]),      # dotted, lower case: read as J12.4 Y53.9 C78.7 C18.9: clean
    ("EP18", ["Z942", "J124"], ["C787", "C187"]),          # a Z code first (and J12.4 without Y53/Y68)
    ("EP20", ["-"], ["Y831", "T828"]),                     # an external cause (chapter XX) before the condition it caused
]
header = ["epikey"] + [f"diag_{i:02d}" for i in range(1, 21)] + [f"opertn_{i:02d}" for i in range(1, 25)]
with open("hes-episodes.csv", "w", newline="") as f:
    f.write(",".join(header) + "\n")
    for key, ops, diags in rows:
        d = diags + ["-"] * (20 - len(diags))
        o = ops + ["-"] * (24 - len(ops))
        f.write(",".join([key] + d + o) + "\n")
    # A row cut short (a truncated extract line): skipped with its line number.
    f.write("EP19,C787,C187,-\n")
