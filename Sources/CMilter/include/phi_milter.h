int phi_milter_placeholder(void);
