class DomainError(Exception):
    pass

def apply(state, event):
    kind, data = event
    match kind:
        case "opened":
            return {"owner": data["owner"], "balance": 0, "open": True, "history": 0}
        case "deposited" if state["open"]:
            return {**state, "balance": state["balance"] + data["amount"], "history": state["history"] + 1}
        case "withdrawn" if state["open"]:
            return {**state, "balance": state["balance"] - data["amount"], "history": state["history"] + 1}
        case "closed":
            return {**state, "open": False}
        case _:
            raise DomainError(f"cannot apply {kind} to {'open' if state and state.get('open') else 'closed'} account")

def decide(state, command, amount=0):
    if command == "withdraw" and amount > state["balance"]:
        raise DomainError(f"insufficient funds: balance {state['balance']}, wanted {amount}")
    if command == "close" and state["balance"] != 0:
        raise DomainError(f"balance must be zero to close, is {state['balance']}")
    name = {"deposit": "deposited", "withdraw": "withdrawn", "close": "closed"}[command]
    return (name, {"amount": amount})

events = [("opened", {"owner": "ann"})]
state = apply(None, events[0])
for cmd, amt in [("deposit", 100), ("withdraw", 30), ("withdraw", 500), ("close", 0), ("withdraw", 70), ("close", 0), ("deposit", 5)]:
    try:
        ev = decide(state, cmd, amt)
        state = apply(state, ev)
        events.append(ev)
        print(f"{cmd:<8} {amt:>4} -> balance {state['balance']:>4} open={state['open']}")
    except DomainError as e:
        print(f"{cmd:<8} {amt:>4} !! {e}")
replayed = None
for ev in events:
    replayed = apply(replayed, ev)
print("replay matches:", replayed == state, len(events), "events")
print([k for k, _ in events])
