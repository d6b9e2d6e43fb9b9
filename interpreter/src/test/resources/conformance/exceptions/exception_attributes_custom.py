class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(f'{field}: {problem}')
        self.field = field
def validate(data):
    errors = []
    for k in ['name', 'age']:
        try:
            if k not in data:
                raise ValidationError(k, 'missing')
            if k == 'age' and data[k] < 0:
                raise ValidationError(k, 'negative')
        except ValueError as e:
            errors.append((e.field, str(e)))
    return errors
print(validate({}), validate({'name': 'x', 'age': -1}), validate({'name': 'y', 'age': 3}))
