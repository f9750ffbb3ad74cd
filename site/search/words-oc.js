gazetteSearch.words("oc",[["oct",2],["october",0,4]]);
