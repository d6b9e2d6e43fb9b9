class Pretty(Exception):
    def __str__(self):
        return 'pretty message from __str__'
print('about to raise')
raise Pretty('ignored')
