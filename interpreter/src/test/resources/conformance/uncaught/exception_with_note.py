def validate(row):
    try:
        return int(row["qty"])
    except ValueError as e:
        e.add_note(f"while validating row {row['id']}")
        raise


print(validate({"id": 1, "qty": "3"}))
validate({"id": 2, "qty": "three"})
