print("phi-milter")
