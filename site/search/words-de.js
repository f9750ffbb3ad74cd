gazetteSearch.words("de",[["deal",0,4],["dedicating",4],["deliberate",4],["democratic",0],["department",0,4],["detectives",4]]);
